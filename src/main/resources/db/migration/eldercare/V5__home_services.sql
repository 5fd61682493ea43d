-- Home services of 家庭养老床位: a monthly plan per active bed from the package of the elder's capability
-- level, its visits dispatched to the provider's caregivers, check-in and check-out on the caregiver's
-- phone, the elder's or family's confirmation and rating, anomalies, and the monthly settlement per provider.

-- The staff account a caregiver signs in with on the phone (role CAREGIVER); null until one is linked.
alter table eldercare.caregivers add column username varchar(40) unique;

create table eldercare.service_plans (
    id               bigserial   primary key,
    bed_id           bigint      not null references eldercare.beds (id),
    month            date        not null check (extract(day from month) = 1),
    -- copied from the bed so that region-scoped queries need no join
    region_code      varchar(12) not null,
    provider_id      bigint      not null references eldercare.providers (id),
    capability_level smallint    not null check (capability_level between 1 and 4),
    planned_fen      bigint      not null check (planned_fen >= 0),
    created_by       varchar(50) not null,
    created_at       timestamptz not null default now(),
    unique (bed_id, month)
);
create index service_plans_month_region on eldercare.service_plans (month, region_code varchar_pattern_ops);
create index service_plans_provider_month on eldercare.service_plans (provider_id, month);

-- One visit of the plan. Item name, minutes and price are copied so that a later catalogue change does not
-- alter a month already planned. Times are those the caregiver's phone reported when tapped (a phone
-- without signal submits later); received_* are the server's.
create table eldercare.visits (
    id                  bigserial     primary key,
    plan_id             bigint        not null references eldercare.service_plans (id) on delete cascade,
    bed_id              bigint        not null references eldercare.beds (id),
    provider_id         bigint        not null references eldercare.providers (id),
    region_code         varchar(12)   not null,
    item_id             bigint        not null references eldercare.service_items (id),
    item_name           varchar(60)   not null,
    standard_minutes    integer       not null check (standard_minutes between 1 and 480),
    unit_price_fen      bigint        not null check (unit_price_fen >= 0),
    scheduled_on        date          not null,
    status              varchar(20)   not null
        check (status in ('PLANNED', 'DISPATCHED', 'STARTED', 'DONE', 'MISSED', 'CANCELLED')),
    caregiver_id        bigint        references eldercare.caregivers (id),
    dispatched_at       timestamptz,
    dispatched_by       varchar(50),
    checked_in_at       timestamptz,
    check_in_received   timestamptz,
    check_in_latitude   numeric(9, 6) check (check_in_latitude between -90 and 90),
    check_in_longitude  numeric(9, 6) check (check_in_longitude between -180 and 180),
    checked_out_at      timestamptz,
    check_out_received  timestamptz,
    check_out_latitude  numeric(9, 6) check (check_out_latitude between -90 and 90),
    check_out_longitude numeric(9, 6) check (check_out_longitude between -180 and 180),
    service_record      varchar(500),
    confirmed_at        timestamptz,
    confirmed_by        varchar(10)   check (confirmed_by in ('ELDER', 'FAMILY')),
    rating              smallint      check (rating between 1 and 5),
    feedback            varchar(200),
    -- SM3 of the one-time link texted to the family contact at check-out
    confirm_token_hash  char(64)      unique,
    demo                boolean       not null default false,
    check (status not in ('DISPATCHED', 'STARTED', 'DONE') or caregiver_id is not null),
    check (status <> 'DONE' or (checked_in_at is not null and checked_out_at is not null)),
    check (rating is null or confirmed_at is not null)
);
create index visits_plan on eldercare.visits (plan_id);
create index visits_region_day on eldercare.visits (region_code varchar_pattern_ops, scheduled_on);
create index visits_caregiver_day on eldercare.visits (caregiver_id, scheduled_on);
create index visits_provider_day on eldercare.visits (provider_id, scheduled_on);

-- What the rules found wrong with a visit, and what a supervisor decided. A delivered visit with an
-- anomaly is paid only once a supervisor has found it valid.
create table eldercare.visit_anomalies (
    visit_id      bigint       not null references eldercare.visits (id) on delete cascade,
    kind          varchar(30)  not null
        check (kind in ('MISSED', 'TOO_SHORT', 'OVERLAP', 'CHECK_OUT_BEFORE_CHECK_IN')),
    -- how long the visit lasted (TOO_SHORT), how far out of order (CHECK_OUT_BEFORE_CHECK_IN) or how long
    -- it overlapped the other visit (OVERLAP)
    minutes        integer,
    other_visit_id bigint       references eldercare.visits (id) on delete set null,
    -- a note in words, e.g. from a county platform's own records
    detail        varchar(200),
    found_at      timestamptz  not null default now(),
    reviewed_at   timestamptz,
    reviewed_by   varchar(50),
    review_valid  boolean,
    review_note   varchar(200),
    primary key (visit_id, kind),
    check ((reviewed_at is null) = (review_valid is null))
);
create index visit_anomalies_open on eldercare.visit_anomalies (visit_id) where reviewed_at is null;

-- A confirmed monthly settlement of one provider: the figures are frozen as confirmed, per bed.
create table eldercare.settlements (
    id               bigserial   primary key,
    provider_id      bigint      not null references eldercare.providers (id),
    month            date        not null check (extract(day from month) = 1),
    planned_visits   integer     not null,
    delivered_visits integer     not null,
    planned_fen      bigint      not null,
    payable_fen      bigint      not null check (payable_fen between 0 and planned_fen),
    confirmed_by     varchar(50) not null,
    confirmed_at     timestamptz not null default now(),
    unique (provider_id, month)
);

create table eldercare.settlement_lines (
    settlement_id    bigint  not null references eldercare.settlements (id) on delete cascade,
    plan_id          bigint  not null references eldercare.service_plans (id),
    planned_visits   integer not null,
    delivered_visits integer not null,
    planned_fen      bigint  not null,
    payable_fen      bigint  not null,
    primary key (settlement_id, plan_id)
);
