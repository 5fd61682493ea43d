-- 救助管理: one rescue network for the whole city ("141"), a city central station and county stations with
-- township and village grid workers, and the cases of the vagrants and beggars they take in. region_code of a
-- station is its city or county (12 digits ending in six zeros); a case carries its station's region_code so
-- that staff scope works as elsewhere.
create schema if not exists rescue;

create table rescue.stations (
    id           bigserial    primary key,
    name         varchar(100) not null unique,
    kind         varchar(8)   not null check (kind in ('CITY', 'COUNTY')),
    region_code  varchar(12)  not null unique check (region_code ~ '^[0-9]{6}000000$'),
    address      varchar(200) not null,
    phone        varchar(20)  not null,
    beds         int          not null check (beds >= 0),
    director     varchar(50)  not null,
    opened_on    date,
    demo         boolean      not null default false,
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now()
);

-- The people working in a station. Their work phone is the station's business, shown in full to staff.
create table rescue.station_staff (
    id          bigserial    primary key,
    station_id  bigint       not null references rescue.stations (id),
    name        varchar(50)  not null,
    post        varchar(16)  not null
                             check (post in ('DIRECTOR', 'CASEWORKER', 'SOCIAL_WORKER', 'MEDICAL', 'ESCORT',
                                             'SECURITY', 'LOGISTICS')),
    phone       varchar(20),
    joined_on   date,
    left_on     date,
    demo        boolean      not null default false,
    created_at  timestamptz  not null default now(),
    check (left_on is null or joined_on is null or left_on >= joined_on)
);

create index station_staff_station_idx on rescue.station_staff (station_id);

-- Township and village grid workers (网格员) who find people in the street and help with follow-up after a return.
-- region_code is the township (9 digits + 000) or the village (12 digits) they cover. A grid worker's mobile is
-- personal: kept encrypted (PersonalDataCipher, context "rescue.grid-worker.phone") with a masked copy.
create table rescue.grid_workers (
    id            bigserial    primary key,
    name          varchar(50)  not null,
    region_code   varchar(12)  not null check (region_code ~ '^[0-9]{12}$'),
    duty          varchar(16)  not null check (duty in ('TOWNSHIP_LEAD', 'VILLAGE')),
    phone_cipher  bytea        not null,
    phone_masked  varchar(20)  not null,
    active        boolean      not null default true,
    since         date,
    demo          boolean      not null default false,
    created_by    varchar(50)  not null,
    created_at    timestamptz  not null default now()
);

create index grid_workers_region_idx on rescue.grid_workers (region_code varchar_pattern_ops);

-- Shared training for the network; attendance names station staff or grid workers.
create table rescue.trainings (
    id           bigserial     primary key,
    title        varchar(100)  not null,
    held_on      date          not null,
    hours        numeric(4, 1) not null check (hours > 0 and hours <= 80),
    station_id   bigint        not null references rescue.stations (id),
    location     varchar(100)  not null,
    content      varchar(1000) not null,
    demo         boolean       not null default false,
    created_by   varchar(50)   not null,
    created_at   timestamptz   not null default now()
);

create table rescue.training_attendance (
    training_id     bigint not null references rescue.trainings (id) on delete cascade,
    staff_id        bigint references rescue.station_staff (id),
    grid_worker_id  bigint references rescue.grid_workers (id),
    check ((staff_id is null) <> (grid_worker_id is null))
);

create unique index training_attendance_staff_idx on rescue.training_attendance (training_id, staff_id)
    where staff_id is not null;
create unique index training_attendance_grid_idx on rescue.training_attendance (training_id, grid_worker_id)
    where grid_worker_id is not null;

-- ---------------------------------------------------------------------------------------------------
-- Cases
-- ---------------------------------------------------------------------------------------------------
-- Case numbers run per station and year without gaps, taken under a lock in the intake transaction.
create table rescue.case_counters (
    station_id  bigint not null references rescue.stations (id),
    year        int    not null,
    last_number int    not null check (last_number >= 0),
    primary key (station_id, year)
);

-- One stay of one person in a station (受助). Identity is SELF_REPORTED (what the person says), VERIFIED (checked
-- against the ID card or the police) or UNKNOWN. The ID number, when known, is encrypted (context
-- "rescue.case.id-number") with a blind index for finding the same person again and a masked copy. Stay limit:
-- 10 days (实施细则), longer only with an extension reported to the higher civil-affairs department.
create table rescue.cases (
    id                  bigserial     primary key,
    number              varchar(30)   not null unique,
    station_id          bigint        not null references rescue.stations (id),
    region_code         varchar(12)   not null check (region_code ~ '^[0-9]{6}000000$'),
    admitted_at         timestamptz   not null,
    found_at            timestamptz   not null,
    found_place         varchar(200)  not null,
    found_region_code   varchar(12)   check (found_region_code ~ '^[0-9]{12}$'),
    source              varchar(20)   not null
                                      check (source in ('SELF', 'POLICE', 'URBAN_MANAGEMENT', 'PUBLIC', 'GRID_WORKER',
                                                        'OTHER_STATION')),
    brought_by          varchar(100),
    identity_status     varchar(14)   not null check (identity_status in ('SELF_REPORTED', 'VERIFIED', 'UNKNOWN')),
    name                varchar(50),
    sex                 varchar(1)    not null check (sex in ('M', 'F', 'U')),
    birth_date          date,
    estimated_age       int           check (estimated_age between 0 and 120),
    id_number_cipher    bytea,
    id_number_index     varchar(64),
    id_number_masked    varchar(20),
    hukou_place         varchar(200),
    height_cm           int           check (height_cm between 40 and 250),
    physical_description varchar(500),
    features            varchar(500),
    dialect             varchar(50),
    clothing            varchar(300),
    health              varchar(12)   not null
                                      check (health in ('GOOD', 'ILL', 'INJURED', 'MENTAL', 'DISABLED', 'INFECTIOUS',
                                                        'CRITICAL')),
    health_note         varchar(500),
    belongings          varchar(1000),
    photo_attachment_id varchar(80),
    status              varchar(12)   not null default 'IN_CARE'
                                      check (status in ('IN_CARE', 'IN_HOSPITAL', 'RELEASED')),
    released_at         timestamptz,
    release_kind        varchar(20)   check (release_kind in ('RETURNED_HOME', 'ESCORTED', 'SETTLED', 'TRANSFERRED',
                                                              'LEFT_VOLUNTARILY', 'DIED')),
    release_note        varchar(500),
    demo                boolean       not null default false,
    created_by          varchar(50)   not null,
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now(),
    check ((identity_status = 'UNKNOWN') or name is not null),
    check ((status = 'RELEASED') = (released_at is not null)),
    check ((status = 'RELEASED') = (release_kind is not null)),
    check (released_at is null or released_at >= admitted_at),
    check (found_at <= admitted_at)
);

create index cases_station_idx on rescue.cases (station_id, status);
create index cases_region_idx on rescue.cases (region_code varchar_pattern_ops, admitted_at);
create index cases_id_index_idx on rescue.cases (id_number_index) where id_number_index is not null;

-- A stay beyond the limit is reported to the higher department for the record (实施细则).
create table rescue.stay_extensions (
    id           bigserial    primary key,
    case_id      bigint       not null references rescue.cases (id),
    extra_days   int          not null check (extra_days between 1 and 365),
    reason       varchar(500) not null,
    reported_to  varchar(100) not null,
    reported_on  date         not null,
    filed_by     varchar(50)  not null,
    filed_at     timestamptz  not null default now()
);

create index stay_extensions_case_idx on rescue.stay_extensions (case_id);

-- Sent to a designated hospital (mental illness, infectious disease, critical illness) and back.
create table rescue.medical_referrals (
    id           bigserial    primary key,
    case_id      bigint       not null references rescue.cases (id),
    hospital     varchar(100) not null,
    reason       varchar(500) not null,
    referred_at  timestamptz  not null,
    returned_at  timestamptz,
    outcome      varchar(500),
    recorded_by  varchar(50)  not null,
    check (returned_at is null or returned_at >= referred_at)
);

create index medical_referrals_case_idx on rescue.medical_referrals (case_id);
