create schema if not exists registry;

-- Household numbers read <village code>-<sequence>, so a clerk can tell the village at a glance.
create sequence registry.household_number_seq;

-- 共同生活的家庭成员 (低保办法 art. 7) registered at the village where they live. region_code is the
-- village's NBS code; varchar (not char) so that the pattern index serves the data-scope `like`.
create table registry.households (
    id          bigint generated always as identity primary key,
    number      varchar(20)  not null unique,
    region_code varchar(12)  not null check (region_code ~ '^[0-9]{12}$'),
    address     varchar(200) not null,
    hukou_type  varchar(10)  not null check (hukou_type in ('URBAN', 'RURAL')),
    categories  text[]       not null default '{}',
    demo        boolean      not null default false,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    version     bigint       not null default 0
);

create index households_region_idx on registry.households (region_code varchar_pattern_ops);
create index households_categories_idx on registry.households using gin (categories);

-- ID numbers and phones are SM4-GCM ciphertexts bound to their column, found by HMAC-SM3 blind index.
-- Birth date and sex are kept in clear because age and sex rules run over the whole registry.
create table registry.persons (
    id                 bigint generated always as identity primary key,
    household_id       bigint       not null references registry.households (id) on delete cascade,
    name               varchar(50)  not null,
    id_number_cipher   bytea        not null,
    id_number_index    varchar(64)  not null,
    sex                char(1)      not null check (sex in ('1', '2')),
    birth_date         date         not null,
    relationship       varchar(10)  not null,
    head               boolean      not null default false,
    phone_cipher       bytea,
    phone_index        varchar(64),
    disability_category varchar(10),
    disability_grade   varchar(10),
    work_ability       varchar(10)  not null check (work_ability in ('FULL', 'PARTIAL', 'NONE')),
    created_at         timestamptz  not null default now()
);

-- A person belongs to at most one household.
create unique index persons_id_number_idx on registry.persons (id_number_index);
create unique index persons_one_head_idx on registry.persons (household_id) where head;
create index persons_household_idx on registry.persons (household_id);
create index persons_phone_idx on registry.persons (phone_index) where phone_index is not null;
