create schema if not exists audit;

-- Append-only: each row carries the SM3 hash of its content and of the previous row's hash, so a
-- changed or deleted row breaks the chain from that row on.
create table audit.audit_entries (
    id             bigint primary key,
    occurred_at    timestamptz not null,
    category       varchar(20) not null check (category in ('LOGIN', 'OPERATION', 'PERSONAL_DATA')),
    action         varchar(80) not null,
    outcome        varchar(10) not null check (outcome in ('SUCCESS', 'FAILURE')),
    actor_username varchar(40),
    actor_region   varchar(12),
    target_type    varchar(60),
    target_id      varchar(80),
    region_code    varchar(12),
    detail         varchar(500),
    client_ip      varchar(45),
    prev_hash      char(64) not null,
    hash           char(64) not null
);
create sequence audit.audit_entries_id_seq owned by audit.audit_entries.id;

create index audit_entries_occurred_at_idx on audit.audit_entries (occurred_at desc);
create index audit_entries_region_idx on audit.audit_entries (region_code varchar_pattern_ops);
create index audit_entries_actor_idx on audit.audit_entries (actor_username, occurred_at desc);
create index audit_entries_category_idx on audit.audit_entries (category, occurred_at desc);

create function audit.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit.audit_entries is append-only';
end
$$;

create trigger audit_entries_append_only
    before update or delete on audit.audit_entries
    for each row execute function audit.refuse_change();

create trigger audit_entries_no_truncate
    before truncate on audit.audit_entries
    for each statement execute function audit.refuse_change();
