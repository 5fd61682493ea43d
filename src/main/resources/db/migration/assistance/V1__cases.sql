create schema if not exists assistance;

-- One global sequence: the date in front makes a number readable, the sequence keeps it unique
-- even when two cases are filed at the same moment around midnight.
create sequence assistance.case_number_seq;

-- A case (申请) for one programme, filed by the citizen or entered by staff for a walk-in or a
-- phone call. village_code is varchar (not char) so that the pattern index serves the data-scope
-- `like`. The ID number and phone are SM4-GCM ciphertexts bound to their column, found by
-- HMAC-SM3 blind index; the applicant's name stays in clear for the staff list.
create table assistance.cases (
    id               bigint generated always as identity primary key,
    number           varchar(20)  not null unique,
    idempotency_key  varchar(80)  not null unique,
    village_code     varchar(12)  not null check (village_code ~ '^[0-9]{12}$'),
    programme        varchar(20)  not null check (programme in ('DIBAO', 'TEKUN', 'TEMPORARY')),
    status           varchar(20)  not null,
    applicant_name   varchar(20)  not null,
    id_number_cipher bytea        not null,
    id_number_index  varchar(64)  not null,
    phone_cipher     bytea        not null,
    phone_index      varchar(64)  not null,
    household_size   integer      not null check (household_size between 1 and 30),
    reason           varchar(500) not null,
    channel          varchar(10)  not null check (channel in ('PORTAL', 'WALK_IN', 'PHONE')),
    entered_by       varchar(50),
    submitted_at     timestamptz  not null default now(),
    accepted_at      timestamptz,
    -- The legal deadline of the current step (a date counted in working days), null when none runs.
    deadline         date,
    version          bigint       not null default 0
);

create index cases_village_idx on assistance.cases (village_code varchar_pattern_ops);
-- One open case per person and programme, also when two clerks enter the same walk-in at once.
create unique index cases_one_open_idx on assistance.cases (id_number_index, programme)
    where status not in ('REJECTED', 'REFUSED', 'ENROLLED');
create index cases_phone_idx on assistance.cases (phone_index);
create index cases_deadline_idx on assistance.cases (deadline) where status in ('SUBMITTED', 'ACCEPTED');

-- The history of a case as the applicant and the staff see it; the note is what the applicant is
-- told (the missing material, the reason of a rejection).
create table assistance.case_steps (
    id      bigint generated always as identity primary key,
    case_id bigint       not null references assistance.cases (id) on delete cascade,
    status  varchar(20)  not null,
    at      timestamptz  not null default clock_timestamp(),
    actor   varchar(50),
    note    varchar(500)
);

create index case_steps_case_idx on assistance.case_steps (case_id, at);

-- Files live in the attachment module; only their ids are kept here (no foreign key across schemas).
create table assistance.case_attachments (
    case_id    bigint not null references assistance.cases (id) on delete cascade,
    attachment uuid   not null,
    primary key (case_id, attachment)
);
