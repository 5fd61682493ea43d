create schema if not exists eldercare;

-- An older person cared for at home. Linked to the registry person when the ID number is registered
-- there; otherwise entered without the registry. The ID number is kept only encrypted, with a blind
-- index for exact look-up and for refusing a second profile of the same person.
create table eldercare.elders (
    id                  bigserial    primary key,
    region_code         varchar(12)  not null,
    household_id        bigint,
    person_id           bigint,
    name                varchar(50)  not null,
    id_number_cipher    bytea        not null,
    id_number_index     varchar(64)  not null unique,
    masked_id_number    varchar(18)  not null,
    birth_date          date         not null,
    sex                 varchar(10)  not null,
    address             varchar(200),
    living_situation    varchar(20)  not null check (living_situation in ('ALONE', 'EMPTY_NEST', 'WITH_FAMILY', 'OTHER')),
    economic_category   varchar(20)  not null check (economic_category in ('TEKUN', 'DIBAO', 'EDGE', 'NONE')),
    demo                boolean      not null default false,
    created_by          varchar(50)  not null,
    created_at          timestamptz  not null default now()
);
create index elders_region on eldercare.elders (region_code varchar_pattern_ops);

create table eldercare.elder_contacts (
    id           bigserial    primary key,
    elder_id     bigint       not null references eldercare.elders (id) on delete cascade,
    name         varchar(50)  not null,
    relation     varchar(20)  not null,
    phone_cipher bytea        not null
);
create index elder_contacts_elder on eldercare.elder_contacts (elder_id);

-- What the older person (or guardian) agreed to, when, and which staff member wrote it down.
create table eldercare.elder_consents (
    id            bigserial    primary key,
    elder_id      bigint       not null references eldercare.elders (id) on delete cascade,
    purpose       varchar(30)  not null,
    consented_on  date         not null,
    recorded_by   varchar(50)  not null,
    recorded_at   timestamptz  not null default now()
);
create index elder_consents_elder on eldercare.elder_consents (elder_id);

create table eldercare.assessment_agencies (
    id    bigserial    primary key,
    name  varchar(100) not null unique,
    demo  boolean      not null default false
);

create table eldercare.assessors (
    id          bigserial    primary key,
    agency_id   bigint       not null references eldercare.assessment_agencies (id),
    name        varchar(50)  not null,
    certificate varchar(40)  not null,
    demo        boolean      not null default false
);

-- GB/T 42195-2022: every item's score is kept with the raw total, the preliminary level from the total,
-- the adjustments applied and the final level, so a level can always be traced back to the form.
create table eldercare.assessments (
    id                 bigserial    primary key,
    elder_id           bigint       not null references eldercare.elders (id),
    region_code        varchar(12)  not null,
    agency_id          bigint       not null references eldercare.assessment_agencies (id),
    first_assessor_id  bigint       not null references eldercare.assessors (id),
    second_assessor_id bigint       not null references eldercare.assessors (id),
    reason             varchar(20)  not null check (reason in ('FIRST', 'ROUTINE', 'IMMEDIATE', 'REVIEW')),
    assessed_on        date         not null,
    item_scores        jsonb        not null,
    self_care          smallint     not null check (self_care between 0 and 32),
    mobility           smallint     not null check (mobility between 0 and 15),
    mental             smallint     not null check (mental between 0 and 28),
    perception         smallint     not null check (perception between 0 and 15),
    raw_total          smallint     not null check (raw_total between 0 and 90),
    coma               boolean      not null,
    dementia           boolean      not null,
    psychiatric        boolean      not null,
    risk_events        smallint     not null check (risk_events >= 0),
    preliminary_level  smallint     not null check (preliminary_level between 0 and 4),
    adjustments        varchar(100) not null default '',
    final_level        smallint     not null check (final_level between 0 and 4),
    next_due_on        date         not null,
    recorded_by        varchar(50)  not null,
    created_at         timestamptz  not null default now(),
    check (first_assessor_id <> second_assessor_id)
);
create index assessments_elder on eldercare.assessments (elder_id, assessed_on desc);
create index assessments_region on eldercare.assessments (region_code varchar_pattern_ops);

insert into eldercare.assessment_agencies (name, demo) values
    ('滨州市老年人能力评估中心（演示）', true),
    ('滨城区康养评估服务站（演示）', true);

insert into eldercare.assessors (agency_id, name, certificate, demo)
select a.id, v.name, v.certificate, true
from eldercare.assessment_agencies a
join (values
    ('滨州市老年人能力评估中心（演示）', '评估员甲（演示）', 'PG-DEMO-0001'),
    ('滨州市老年人能力评估中心（演示）', '评估员乙（演示）', 'PG-DEMO-0002'),
    ('滨城区康养评估服务站（演示）', '评估员丙（演示）', 'PG-DEMO-0003'),
    ('滨城区康养评估服务站（演示）', '评估员丁（演示）', 'PG-DEMO-0004')
) as v (agency, name, certificate) on v.agency = a.name;
