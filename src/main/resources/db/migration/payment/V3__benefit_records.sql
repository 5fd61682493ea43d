-- Benefits other departments pay (医保, 人社, 残联, 教育 …), delivered by their systems through the partner
-- API or uploaded by city staff, so that a citizen's 幸福清单 (码上清) shows every benefit in one place.

-- The departments that deliver records. A department's API key is never stored: only HMAC-SM3 of it, so
-- a copy of the database lets nobody call the API. A department without a hash cannot use the API yet.
create table payment.departments (
    code         varchar(30) primary key check (code ~ '^[a-z][a-z0-9-]{1,29}$'),
    name_zh      varchar(40) not null,
    name_en      varchar(80) not null,
    hotline      varchar(20) not null,
    api_key_hash varchar(64),
    active       boolean     not null default true,
    sort_order   integer     not null default 100
);

insert into payment.departments (code, name_zh, name_en, hotline, sort_order) values
    ('medical-insurance', '滨州市医疗保障局', 'Binzhou Healthcare Security Administration', '12393', 10),
    ('human-resources', '滨州市人力资源和社会保障局', 'Binzhou Human Resources and Social Security Bureau', '12333', 20),
    ('disabled-persons', '滨州市残疾人联合会', 'Binzhou Disabled Persons'' Federation', '12385', 30),
    ('education', '滨州市教育局', 'Binzhou Education Bureau', '12345', 40),
    ('housing', '滨州市住房和城乡建设局', 'Binzhou Housing and Urban-Rural Development Bureau', '12345', 50),
    ('veterans', '滨州市退役军人事务局', 'Binzhou Veterans Affairs Bureau', '12345', 60);

-- One benefit paid to one person for one month, as the department keeps it. The department's own record
-- id is unique per department: delivering the same record again updates it instead of adding a second.
-- The ID number is an SM4-GCM ciphertext with an HMAC-SM3 blind index for the look-up of a citizen's own
-- records; the phone, when the department knows it, is kept only as a blind index, to confirm that a
-- citizen signing in to 码上清 types the phone on record.
create table payment.benefit_records (
    id               bigint generated always as identity primary key,
    department_code  varchar(30)  not null references payment.departments (code),
    external_id      varchar(64)  not null,
    id_number_cipher bytea        not null,
    id_number_index  varchar(64)  not null,
    id_number_masked varchar(18)  not null,
    person_name      varchar(50)  not null,
    phone_index      varchar(64),
    benefit_name     varchar(60)  not null,
    month            date         not null check (extract(day from month) = 1),
    amount_fen       bigint       not null check (amount_fen > 0 and amount_fen <= 100000000),
    paid_on          date,
    note             varchar(200),
    demo             boolean      not null default false,
    received_at      timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    unique (department_code, external_id)
);

create index benefit_records_person_idx on payment.benefit_records (id_number_index);
create index benefit_records_month_idx on payment.benefit_records (month, department_code);
