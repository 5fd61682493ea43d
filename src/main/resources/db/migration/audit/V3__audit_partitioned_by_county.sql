-- The audit log grows with every change in every county, so it is partitioned by the county its entry is
-- about: county_code is the first six digits of region_code, '000000' for entries without a region (failed
-- sign-ins with an unknown user name, system work). A county's or township's auditor then reads one
-- partition only.
--
-- HASH rather than LIST: a province that adds or renames counties needs no DDL, every county lands in one of
-- the fixed partitions; it is the same idea as Citus's hash distribution (docs/scale.md), so moving to Citus
-- keeps the key. LIST would give a county its own partition but needs a new partition for each county code.
--
-- The hash chain is unchanged: county_code is derived from region_code and not hashed, rows keep their ids,
-- hashes and order. A partitioned table's unique keys must include the partition key, so the primary key
-- is (county_code, id); ids stay unique because only audit.audit_entries_id_seq hands them out.
create table audit.audit_entries_by_county (
    id             bigint not null,
    occurred_at    timestamptz not null,
    category       varchar(20) not null constraint audit_entries_category_check check (category in ('LOGIN', 'OPERATION', 'PERSONAL_DATA')),
    action         varchar(80) not null,
    outcome        varchar(10) not null constraint audit_entries_outcome_check check (outcome in ('SUCCESS', 'FAILURE')),
    actor_username varchar(40),
    actor_region   varchar(12),
    target_type    varchar(60),
    target_id      varchar(80),
    region_code    varchar(12),
    detail         varchar(500),
    client_ip      varchar(45),
    prev_hash      char(64) not null,
    hash           char(64) not null,
    county_code    char(6) not null,
    -- A partition key cannot be a generated column, so the writer supplies it and this keeps it honest.
    constraint audit_entries_county_code_check check (county_code = coalesce(left(region_code, 6), '000000'))
) partition by hash (county_code);

create table audit.audit_entries_p0 partition of audit.audit_entries_by_county for values with (modulus 8, remainder 0);
create table audit.audit_entries_p1 partition of audit.audit_entries_by_county for values with (modulus 8, remainder 1);
create table audit.audit_entries_p2 partition of audit.audit_entries_by_county for values with (modulus 8, remainder 2);
create table audit.audit_entries_p3 partition of audit.audit_entries_by_county for values with (modulus 8, remainder 3);
create table audit.audit_entries_p4 partition of audit.audit_entries_by_county for values with (modulus 8, remainder 4);
create table audit.audit_entries_p5 partition of audit.audit_entries_by_county for values with (modulus 8, remainder 5);
create table audit.audit_entries_p6 partition of audit.audit_entries_by_county for values with (modulus 8, remainder 6);
create table audit.audit_entries_p7 partition of audit.audit_entries_by_county for values with (modulus 8, remainder 7);

insert into audit.audit_entries_by_county
    (id, occurred_at, category, action, outcome, actor_username, actor_region, target_type, target_id,
     region_code, detail, client_ip, prev_hash, hash, county_code)
select id, occurred_at, category, action, outcome, actor_username, actor_region, target_type, target_id,
       region_code, detail, client_ip, prev_hash, hash, coalesce(left(region_code, 6), '000000')
from audit.audit_entries
order by id;

alter sequence audit.audit_entries_id_seq owned by audit.audit_entries_by_county.id;
drop table audit.audit_entries;
alter table audit.audit_entries_by_county rename to audit_entries;

alter table audit.audit_entries add primary key (county_code, id);

-- The primary key no longer starts with id: this index keeps the writer's "latest hash" (order by id desc
-- limit 1, one index row from each partition) and the chain verification's id order cheap.
create index audit_entries_id_idx on audit.audit_entries (id);
create index audit_entries_occurred_at_idx on audit.audit_entries (occurred_at desc);
create index audit_entries_region_idx on audit.audit_entries (region_code varchar_pattern_ops);
create index audit_entries_actor_idx on audit.audit_entries (actor_username, occurred_at desc);
create index audit_entries_category_idx on audit.audit_entries (category, occurred_at desc);
create index audit_entries_target_idx on audit.audit_entries (target_type, target_id, id desc);

-- Row triggers on a partitioned table (PostgreSQL 13 and later) are cloned to every partition, so an update
-- or delete is refused whether it names the parent or a partition.
create trigger audit_entries_append_only
    before update or delete on audit.audit_entries
    for each row execute function audit.refuse_change();

-- Statement triggers are not cloned: truncating a partition by name needs its own refusal.
create trigger audit_entries_no_truncate
    before truncate on audit.audit_entries
    for each statement execute function audit.refuse_change();
create trigger audit_entries_no_truncate before truncate on audit.audit_entries_p0 for each statement execute function audit.refuse_change();
create trigger audit_entries_no_truncate before truncate on audit.audit_entries_p1 for each statement execute function audit.refuse_change();
create trigger audit_entries_no_truncate before truncate on audit.audit_entries_p2 for each statement execute function audit.refuse_change();
create trigger audit_entries_no_truncate before truncate on audit.audit_entries_p3 for each statement execute function audit.refuse_change();
create trigger audit_entries_no_truncate before truncate on audit.audit_entries_p4 for each statement execute function audit.refuse_change();
create trigger audit_entries_no_truncate before truncate on audit.audit_entries_p5 for each statement execute function audit.refuse_change();
create trigger audit_entries_no_truncate before truncate on audit.audit_entries_p6 for each statement execute function audit.refuse_change();
create trigger audit_entries_no_truncate before truncate on audit.audit_entries_p7 for each statement execute function audit.refuse_change();
