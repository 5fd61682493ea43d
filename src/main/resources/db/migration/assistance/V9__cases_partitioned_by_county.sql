-- Assistance cases are partitioned by the county they are filed in, like the registry's households
-- (registry/V7) and the audit log (audit/V3): county_code is the first six digits of the case's village code,
-- and a case's steps, attachments, home visit and objections take the case's. A county's or township's inbox
-- and counts then read one partition of cases, and under Citus (docs/scale.md) the same column distributes
-- them, co-located with the households.
--
-- HASH into eight partitions, for the audit log's reason: a new or renamed county needs no DDL.
--
-- A partitioned table's unique keys must contain the partition key, so the primary keys are
-- (county_code, id); ids stay unique because only each table's identity sequence hands them out, and the new
-- identity sequences continue where the old ones stopped. The children's foreign keys name county_code, so a
-- case's rows always share its county. A case transferred to a village of another county (低保办法 art. 4)
-- takes its rows along through ON UPDATE CASCADE (a cross-partition update runs the foreign keys' update
-- action from PostgreSQL 15 on, rather than a delete and an insert).
create table assistance.cases_by_county (
    id               bigint generated always as identity,
    number           varchar(20)  not null,
    idempotency_key  varchar(80)  not null,
    village_code     varchar(12)  not null constraint cases_village_code_check check (village_code ~ '^[0-9]{12}$'),
    programme        varchar(20)  not null
                     constraint cases_programme_check check (programme in ('DIBAO', 'TEKUN', 'TEMPORARY')),
    status           varchar(20)  not null constraint cases_status_check check (status in
                         ('SUBMITTED', 'ACCEPTED', 'RETURNED', 'REJECTED', 'INVESTIGATED', 'ON_NOTICE', 'CONFIRMED',
                          'REFUSED', 'ADVANCED', 'ENROLLED')),
    applicant_name   varchar(20)  not null,
    id_number_cipher bytea        not null,
    id_number_index  varchar(64)  not null,
    phone_cipher     bytea        not null,
    phone_index      varchar(64)  not null,
    household_size   integer      not null
                     constraint cases_household_size_check check (household_size between 1 and 30),
    reason           varchar(500) not null,
    channel          varchar(10)  not null
                     constraint cases_channel_check check (channel in ('PORTAL', 'WALK_IN', 'PHONE')),
    entered_by       varchar(50),
    submitted_at     timestamptz  not null default now(),
    accepted_at      timestamptz,
    deadline         date,
    version          bigint       not null default 0,
    final_deadline   date,
    notice_from      date,
    notice_until     date,
    approved_fen     bigint       constraint cases_approved_fen_check check (approved_fen >= 0),
    approved_on      date,
    start_month      date,
    advanced         boolean      not null default false,
    advance_hukou    varchar(5)   constraint cases_advance_hukou_check check (advance_hukou in ('URBAN', 'RURAL')),
    demo             boolean      not null default false,
    county_code      char(6)      not null,
    -- A partition key cannot be a generated column, so the writer supplies it and this keeps it honest.
    constraint cases_county_code_check check (county_code = left(village_code, 6))
) partition by hash (county_code);

create table assistance.cases_p0 partition of assistance.cases_by_county for values with (modulus 8, remainder 0);
create table assistance.cases_p1 partition of assistance.cases_by_county for values with (modulus 8, remainder 1);
create table assistance.cases_p2 partition of assistance.cases_by_county for values with (modulus 8, remainder 2);
create table assistance.cases_p3 partition of assistance.cases_by_county for values with (modulus 8, remainder 3);
create table assistance.cases_p4 partition of assistance.cases_by_county for values with (modulus 8, remainder 4);
create table assistance.cases_p5 partition of assistance.cases_by_county for values with (modulus 8, remainder 5);
create table assistance.cases_p6 partition of assistance.cases_by_county for values with (modulus 8, remainder 6);
create table assistance.cases_p7 partition of assistance.cases_by_county for values with (modulus 8, remainder 7);

create table assistance.case_steps_by_county (
    id          bigint generated always as identity,
    case_id     bigint       not null,
    status      varchar(20)  not null,
    at          timestamptz  not null default clock_timestamp(),
    actor       varchar(50),
    note        varchar(500),
    county_code char(6)      not null
) partition by hash (county_code);

create table assistance.case_steps_p0 partition of assistance.case_steps_by_county for values with (modulus 8, remainder 0);
create table assistance.case_steps_p1 partition of assistance.case_steps_by_county for values with (modulus 8, remainder 1);
create table assistance.case_steps_p2 partition of assistance.case_steps_by_county for values with (modulus 8, remainder 2);
create table assistance.case_steps_p3 partition of assistance.case_steps_by_county for values with (modulus 8, remainder 3);
create table assistance.case_steps_p4 partition of assistance.case_steps_by_county for values with (modulus 8, remainder 4);
create table assistance.case_steps_p5 partition of assistance.case_steps_by_county for values with (modulus 8, remainder 5);
create table assistance.case_steps_p6 partition of assistance.case_steps_by_county for values with (modulus 8, remainder 6);
create table assistance.case_steps_p7 partition of assistance.case_steps_by_county for values with (modulus 8, remainder 7);

create table assistance.case_attachments_by_county (
    case_id     bigint  not null,
    attachment  uuid    not null,
    county_code char(6) not null
) partition by hash (county_code);

create table assistance.case_attachments_p0 partition of assistance.case_attachments_by_county for values with (modulus 8, remainder 0);
create table assistance.case_attachments_p1 partition of assistance.case_attachments_by_county for values with (modulus 8, remainder 1);
create table assistance.case_attachments_p2 partition of assistance.case_attachments_by_county for values with (modulus 8, remainder 2);
create table assistance.case_attachments_p3 partition of assistance.case_attachments_by_county for values with (modulus 8, remainder 3);
create table assistance.case_attachments_p4 partition of assistance.case_attachments_by_county for values with (modulus 8, remainder 4);
create table assistance.case_attachments_p5 partition of assistance.case_attachments_by_county for values with (modulus 8, remainder 5);
create table assistance.case_attachments_p6 partition of assistance.case_attachments_by_county for values with (modulus 8, remainder 6);
create table assistance.case_attachments_p7 partition of assistance.case_attachments_by_county for values with (modulus 8, remainder 7);

create table assistance.home_visits_by_county (
    case_id        bigint       not null,
    document       jsonb        not null,
    eligible       boolean,
    per_capita_fen bigint,
    amount_fen     bigint,
    completed_at   timestamptz,
    saved_by       varchar(50)  not null,
    saved_at       timestamptz  not null default now(),
    version        bigint       not null default 0,
    county_code    char(6)      not null
) partition by hash (county_code);

create table assistance.home_visits_p0 partition of assistance.home_visits_by_county for values with (modulus 8, remainder 0);
create table assistance.home_visits_p1 partition of assistance.home_visits_by_county for values with (modulus 8, remainder 1);
create table assistance.home_visits_p2 partition of assistance.home_visits_by_county for values with (modulus 8, remainder 2);
create table assistance.home_visits_p3 partition of assistance.home_visits_by_county for values with (modulus 8, remainder 3);
create table assistance.home_visits_p4 partition of assistance.home_visits_by_county for values with (modulus 8, remainder 4);
create table assistance.home_visits_p5 partition of assistance.home_visits_by_county for values with (modulus 8, remainder 5);
create table assistance.home_visits_p6 partition of assistance.home_visits_by_county for values with (modulus 8, remainder 6);
create table assistance.home_visits_p7 partition of assistance.home_visits_by_county for values with (modulus 8, remainder 7);

create table assistance.objections_by_county (
    id          bigint generated always as identity,
    case_id     bigint       not null,
    raised_on   date         not null,
    objector    varchar(20),
    content     varchar(500) not null,
    recorded_by varchar(50)  not null,
    recorded_at timestamptz  not null default now(),
    upheld      boolean,
    resolution  varchar(500),
    resolved_by varchar(50),
    resolved_at timestamptz,
    county_code char(6)      not null,
    constraint objections_check check ((resolved_at is null) = (upheld is null))
) partition by hash (county_code);

create table assistance.objections_p0 partition of assistance.objections_by_county for values with (modulus 8, remainder 0);
create table assistance.objections_p1 partition of assistance.objections_by_county for values with (modulus 8, remainder 1);
create table assistance.objections_p2 partition of assistance.objections_by_county for values with (modulus 8, remainder 2);
create table assistance.objections_p3 partition of assistance.objections_by_county for values with (modulus 8, remainder 3);
create table assistance.objections_p4 partition of assistance.objections_by_county for values with (modulus 8, remainder 4);
create table assistance.objections_p5 partition of assistance.objections_by_county for values with (modulus 8, remainder 5);
create table assistance.objections_p6 partition of assistance.objections_by_county for values with (modulus 8, remainder 6);
create table assistance.objections_p7 partition of assistance.objections_by_county for values with (modulus 8, remainder 7);

insert into assistance.cases_by_county
    (id, number, idempotency_key, village_code, programme, status, applicant_name, id_number_cipher, id_number_index,
     phone_cipher, phone_index, household_size, reason, channel, entered_by, submitted_at, accepted_at, deadline,
     version, final_deadline, notice_from, notice_until, approved_fen, approved_on, start_month, advanced,
     advance_hukou, demo, county_code)
overriding system value
select id, number, idempotency_key, village_code, programme, status, applicant_name, id_number_cipher,
       id_number_index, phone_cipher, phone_index, household_size, reason, channel, entered_by, submitted_at,
       accepted_at, deadline, version, final_deadline, notice_from, notice_until, approved_fen, approved_on,
       start_month, advanced, advance_hukou, demo, left(village_code, 6)
from assistance.cases
order by id;

insert into assistance.case_steps_by_county (id, case_id, status, at, actor, note, county_code)
overriding system value
select s.id, s.case_id, s.status, s.at, s.actor, s.note, left(c.village_code, 6)
from assistance.case_steps s join assistance.cases c on c.id = s.case_id
order by s.id;

insert into assistance.case_attachments_by_county (case_id, attachment, county_code)
select a.case_id, a.attachment, left(c.village_code, 6)
from assistance.case_attachments a join assistance.cases c on c.id = a.case_id;

insert into assistance.home_visits_by_county
    (case_id, document, eligible, per_capita_fen, amount_fen, completed_at, saved_by, saved_at, version, county_code)
select v.case_id, v.document, v.eligible, v.per_capita_fen, v.amount_fen, v.completed_at, v.saved_by, v.saved_at,
       v.version, left(c.village_code, 6)
from assistance.home_visits v join assistance.cases c on c.id = v.case_id;

insert into assistance.objections_by_county
    (id, case_id, raised_on, objector, content, recorded_by, recorded_at, upheld, resolution, resolved_by,
     resolved_at, county_code)
overriding system value
select o.id, o.case_id, o.raised_on, o.objector, o.content, o.recorded_by, o.recorded_at, o.upheld, o.resolution,
       o.resolved_by, o.resolved_at, left(c.village_code, 6)
from assistance.objections o join assistance.cases c on c.id = o.case_id
order by o.id;

-- The new identity sequences go on from the old ones, so no id is handed out twice.
select setval(pg_get_serial_sequence('assistance.cases_by_county', 'id'), s.last_value, s.is_called)
from assistance.cases_id_seq s;
select setval(pg_get_serial_sequence('assistance.case_steps_by_county', 'id'), s.last_value, s.is_called)
from assistance.case_steps_id_seq s;
select setval(pg_get_serial_sequence('assistance.objections_by_county', 'id'), s.last_value, s.is_called)
from assistance.objections_id_seq s;

drop table assistance.case_steps;
drop table assistance.case_attachments;
drop table assistance.home_visits;
drop table assistance.objections;
drop table assistance.cases;
alter table assistance.cases_by_county rename to cases;
alter table assistance.case_steps_by_county rename to case_steps;
alter table assistance.case_attachments_by_county rename to case_attachments;
alter table assistance.home_visits_by_county rename to home_visits;
alter table assistance.objections_by_county rename to objections;
alter sequence assistance.cases_by_county_id_seq rename to cases_id_seq;
alter sequence assistance.case_steps_by_county_id_seq rename to case_steps_id_seq;
alter sequence assistance.objections_by_county_id_seq rename to objections_id_seq;

alter table assistance.cases add constraint cases_pkey primary key (county_code, id);
-- Case numbers are unique city-wide by construction (one sequence numbers every case, behind the date), and
-- an idempotency key is a fresh UUID per opened form, which carries one village: a retried submit finds its
-- case by the key in any county before it inserts, and a submit raced into another county is still refused
-- as the applicant's second open case (open_cases below). So the keys the table can enforce are per county.
-- county_code comes second in both, so that a look-up by number or key alone still probes each partition's
-- index by its first column.
alter table assistance.cases add constraint cases_number_key unique (number, county_code);
alter table assistance.cases add constraint cases_idempotency_key_key unique (idempotency_key, county_code);
-- The primary key no longer starts with id: this keeps look-ups by id alone (a step's or a child's writer
-- naming its case) cheap, one index probe per partition.
create index cases_id_idx on assistance.cases (id);
create index cases_village_idx on assistance.cases (village_code varchar_pattern_ops);
create index cases_phone_idx on assistance.cases (phone_index);
create index cases_deadline_idx on assistance.cases (deadline)
    where status in ('SUBMITTED', 'ACCEPTED', 'INVESTIGATED', 'ON_NOTICE');

alter table assistance.case_steps add constraint case_steps_pkey primary key (county_code, id);
create index case_steps_case_idx on assistance.case_steps (case_id, at);
alter table assistance.case_steps add constraint case_steps_case_id_fkey foreign key (county_code, case_id)
    references assistance.cases (county_code, id) on delete cascade on update cascade;

alter table assistance.case_attachments add constraint case_attachments_pkey
    primary key (county_code, case_id, attachment);
alter table assistance.case_attachments add constraint case_attachments_case_id_fkey
    foreign key (county_code, case_id)
    references assistance.cases (county_code, id) on delete cascade on update cascade;

-- Still one visit per case: a case lives in one county, so the key with county_code allows no second one.
alter table assistance.home_visits add constraint home_visits_pkey primary key (county_code, case_id);
create index home_visits_case_idx on assistance.home_visits (case_id);
alter table assistance.home_visits add constraint home_visits_case_id_fkey foreign key (county_code, case_id)
    references assistance.cases (county_code, id) on delete cascade on update cascade;

alter table assistance.objections add constraint objections_pkey primary key (county_code, id);
create index objections_case_idx on assistance.objections (case_id);
alter table assistance.objections add constraint objections_case_id_fkey foreign key (county_code, case_id)
    references assistance.cases (county_code, id) on delete cascade on update cascade;

-- One open case per person and programme, city-wide, also when two clerks enter the same walk-in at once in
-- two townships: the partial unique index on (id_number_index, programme) did that over the whole table. On
-- a partitioned table a unique index must contain county_code, which would only keep it within one county.
-- This unpartitioned table holds each open case once and is kept by a trigger on cases, so filing a second
-- open case fails with a unique violation, as before; the service asks it whether a person has one.
create table assistance.open_cases (
    id_number_index varchar(64) not null,
    programme       varchar(20) not null,
    county_code     char(6)     not null,
    case_id         bigint      not null,
    constraint open_cases_pkey primary key (id_number_index, programme)
);

insert into assistance.open_cases (id_number_index, programme, county_code, case_id)
select id_number_index, programme, county_code, id from assistance.cases
where status not in ('REJECTED', 'REFUSED', 'ENROLLED');

create function assistance.keep_open_cases() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        delete from assistance.open_cases
        where id_number_index = old.id_number_index and programme = old.programme and case_id = old.id;
    end if;
    if tg_op in ('UPDATE', 'INSERT') and new.status not in ('REJECTED', 'REFUSED', 'ENROLLED') then
        insert into assistance.open_cases (id_number_index, programme, county_code, case_id)
        values (new.id_number_index, new.programme, new.county_code, new.id);
    end if;
    return null;
end
$$;

-- Cloned to every partition. A case transferred to another county's partition fires delete and insert.
create trigger cases_one_open
    after insert or delete or update of status, id_number_index, programme, county_code on assistance.cases
    for each row execute function assistance.keep_open_cases();
