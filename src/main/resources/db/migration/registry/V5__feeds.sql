-- Departments that deliver data about persons (医保, 公安, 残联, 人社, 车管, 不动产). The registry keeps its own
-- list and keys rather than borrowing the payment module's: the kernel may not depend on a business module.
-- Only the HMAC-SM3 of a key is stored; the key itself is shown once when issued.
create table registry.feed_departments (
    code         varchar(30) primary key check (code ~ '^[a-z][a-z0-9-]{1,29}$'),
    name         varchar(60) not null,
    api_key_hash varchar(64),
    active       boolean     not null default true,
    sort_order   int         not null default 0
);

insert into registry.feed_departments (code, name, sort_order) values
    ('medical-insurance', '滨州市医疗保障局', 10),
    ('public-security', '滨州市公安局', 20),
    ('disabled-federation', '滨州市残疾人联合会', 30),
    ('human-resources', '滨州市人力资源和社会保障局', 40),
    ('traffic-police', '滨州市公安局交通警察支队', 50),
    ('real-estate', '滨州市不动产登记中心', 60);

-- One row per record a department delivered, identified by the department's own record id so that a
-- re-delivery updates it. The person is kept by ID number only (SM4-GCM ciphertext plus the blind index of
-- registry.persons, so the index joins persons directly): records about people not registered yet are kept
-- and match as soon as their household is registered.
create table registry.feed_records (
    id               bigint generated always as identity primary key,
    department       varchar(30)  not null references registry.feed_departments (code),
    external_id      varchar(64)  not null,
    kind             varchar(30)  not null check (kind in ('MEDICAL_EXPENSE', 'DEATH', 'DISABILITY_CERTIFICATE',
                                                           'UNEMPLOYMENT', 'VEHICLE', 'PROPERTY')),
    id_number_cipher bytea        not null,
    id_number_index  varchar(64)  not null,
    person_name      varchar(50)  not null,
    occurred_on      date         not null,
    ended_on         date,
    amount_fen       bigint       check (amount_fen > 0),
    category         varchar(10),
    grade            varchar(10),
    plate            varchar(20),
    detail           varchar(200),
    demo             boolean      not null default false,
    received_at      timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    unique (department, external_id),
    check (ended_on is null or ended_on >= occurred_on),
    check (kind <> 'MEDICAL_EXPENSE' or amount_fen is not null),
    check (kind <> 'DISABILITY_CERTIFICATE' or (category is not null and grade is not null)),
    check (kind <> 'VEHICLE' or plate is not null)
);

create index feed_records_person_idx on registry.feed_records (id_number_index, kind, occurred_on);
create index feed_records_received_idx on registry.feed_records (received_at desc);
