-- The recipients register (救助对象): who receives which benefit since when, and everything that
-- happened to it since. A confirmed case enrols once: the case number is unique. Months are stored
-- as the first day of the month. household_id points into the registry module's schema, so it
-- carries no foreign key. The head's name stays in clear for the staff list; the phone is an SM4-GCM
-- ciphertext bound to its column with an HMAC-SM3 blind index beside it.
create table assistance.recipients (
    id              bigint generated always as identity primary key,
    case_number     varchar(20)  not null unique,
    household_id    bigint,
    village_code    varchar(12)  not null check (village_code ~ '^[0-9]{12}$'),
    programme       varchar(20)  not null check (programme in ('DIBAO', 'TEKUN', 'TEMPORARY')),
    kind            varchar(10)  not null check (kind in ('MONTHLY', 'ONE_OFF')),
    head_name       varchar(50)  not null,
    phone_cipher    bytea,
    phone_index     varchar(64),
    amount_fen      bigint       not null check (amount_fen > 0),
    start_month     date         not null check (extract(day from start_month) = 1),
    -- The last month with a benefit, set when the benefit ends (the month before the exit takes effect).
    end_month       date         check (extract(day from end_month) = 1),
    status          varchar(10)  not null check (status in ('ACTIVE', 'SUSPENDED', 'ENDED')),
    suspended_from  date         check (extract(day from suspended_from) = 1),
    exit_reason     varchar(30),
    review_cycle    varchar(12)  check (review_cycle in ('YEARLY', 'HALF_YEARLY')),
    next_review_due date,
    approved_on     date,
    approved_by     varchar(50),
    enrolled_at     timestamptz  not null default now(),
    version         bigint       not null default 0,
    check (kind = 'ONE_OFF' or review_cycle is not null),
    check ((status = 'SUSPENDED') = (suspended_from is not null)),
    check ((status = 'ENDED') = (end_month is not null))
);

create index recipients_village_idx on assistance.recipients (village_code varchar_pattern_ops);
create index recipients_review_idx on assistance.recipients (next_review_due)
    where status in ('ACTIVE', 'SUSPENDED');
create index recipients_household_idx on assistance.recipients (household_id);

-- The history of a recipient: enrolment, every change of amount, suspension, resumption, exit and
-- periodic review, with who did it, from which month, the amount before and after and why.
create table assistance.recipient_events (
    id                bigint generated always as identity primary key,
    recipient_id      bigint       not null references assistance.recipients (id) on delete cascade,
    event             varchar(20)  not null,
    at                timestamptz  not null default clock_timestamp(),
    actor             varchar(50),
    effective_month   date         check (extract(day from effective_month) = 1),
    amount_before_fen bigint,
    amount_after_fen  bigint,
    -- The exit reason or the review outcome, as a code the page names.
    reason_code       varchar(30),
    cycle_before      varchar(12),
    cycle_after       varchar(12),
    note              varchar(500)
);

create index recipient_events_recipient_idx on assistance.recipient_events (recipient_id, at);
