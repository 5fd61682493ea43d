-- 居家养老服务商 and the home-service catalogue. V1 (elder profiles) creates the schema too; either may run first.
create schema if not exists eldercare;

create table eldercare.providers (
    id            bigserial primary key,
    name          varchar(100) not null,
    credit_code   char(18)     not null unique,
    contact_name  varchar(30)  not null,
    contact_phone varchar(20)  not null,
    county_code   char(12)     not null,
    demo          boolean      not null default false,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now()
);
create index providers_county on eldercare.providers (county_code);

create table eldercare.provider_contracts (
    id          bigserial primary key,
    provider_id bigint      not null references eldercare.providers (id) on delete cascade,
    number      varchar(40) not null,
    valid_from  date        not null,
    valid_to    date        not null,
    unique (provider_id, number),
    check (valid_to >= valid_from)
);

-- The townships a provider serves; township staff see the providers serving them.
create table eldercare.provider_areas (
    provider_id   bigint   not null references eldercare.providers (id) on delete cascade,
    township_code char(12) not null,
    primary key (provider_id, township_code)
);
create index provider_areas_township on eldercare.provider_areas (township_code);

create table eldercare.caregivers (
    id               bigserial primary key,
    provider_id      bigint      not null references eldercare.providers (id),
    name             varchar(30) not null,
    id_number_cipher bytea       not null,
    id_number_index  varchar(64) not null unique,
    phone_cipher     bytea,
    active           boolean     not null default true,
    demo             boolean     not null default false,
    created_at       timestamptz not null default now()
);
create index caregivers_provider on eldercare.caregivers (provider_id);

create table eldercare.caregiver_trainings (
    id           bigserial primary key,
    caregiver_id bigint       not null references eldercare.caregivers (id) on delete cascade,
    course       varchar(100) not null,
    hours        integer      not null check (hours between 1 and 1000),
    completed_on date         not null
);

create table eldercare.caregiver_certificates (
    id           bigserial primary key,
    caregiver_id bigint      not null references eldercare.caregivers (id) on delete cascade,
    kind         varchar(40) not null,
    grade        smallint    not null check (grade between 1 and 5),
    number       varchar(40) not null,
    valid_until  date        not null
);

create table eldercare.provider_complaints (
    id           bigserial primary key,
    provider_id  bigint        not null references eldercare.providers (id) on delete cascade,
    caregiver_id bigint        references eldercare.caregivers (id),
    received_on  date          not null,
    channel      varchar(20)   not null,
    content      varchar(1000) not null,
    result       varchar(1000),
    closed_at    timestamptz
);
create index provider_complaints_open on eldercare.provider_complaints (provider_id) where closed_at is null;

-- The six categories of home services (configuration, not a dictionary: the code branches on none of them
-- but packages and items refer to them).
create table eldercare.service_categories (
    code       varchar(30) primary key,
    name_zh    varchar(30) not null,
    name_en    varchar(60) not null,
    sort_order integer     not null
);

create table eldercare.service_items (
    id               bigserial primary key,
    category_code    varchar(30) not null references eldercare.service_categories (code),
    name             varchar(60) not null unique,
    standard_minutes integer     not null check (standard_minutes between 1 and 480),
    unit_price_fen   bigint      not null check (unit_price_fen between 0 and 1000000),
    illustrative     boolean     not null default true,
    sort_order       integer     not null
);

-- Monthly service package of a capability level (1 轻度失能 … 4 完全失能): items times visits a month.
create table eldercare.service_packages (
    capability_level smallint not null check (capability_level between 1 and 4),
    item_id          bigint   not null references eldercare.service_items (id),
    visits_per_month integer  not null check (visits_per_month between 1 and 31),
    primary key (capability_level, item_id)
);

insert into eldercare.service_categories (code, name_zh, name_en, sort_order) values
    ('daily-living', '生活照料', 'Daily living care', 10),
    ('nursing', '护理服务', 'Nursing care', 20),
    ('health', '医疗保健', 'Health care', 30),
    ('emotional', '精神慰藉', 'Emotional support', 40),
    ('leisure', '文化娱乐', 'Culture and leisure', 50),
    ('digital', '信息化服务', 'Digital services', 60);

-- Illustrative prices: local price lists replace them (illustrative stays true until an administrator edits).
insert into eldercare.service_items (category_code, name, standard_minutes, unit_price_fen, sort_order) values
    ('daily-living', '助餐', 30, 1500, 10),
    ('daily-living', '助浴', 60, 5000, 20),
    ('daily-living', '助洁', 60, 4000, 30),
    ('daily-living', '代办事务', 30, 2000, 40),
    ('daily-living', '助行', 30, 2000, 50),
    ('nursing', '基础护理', 45, 4000, 10),
    ('nursing', '压疮护理', 30, 3500, 20),
    ('nursing', '导管护理', 30, 4000, 30),
    ('nursing', '康复训练', 45, 4500, 40),
    ('health', '家庭医生巡诊', 30, 3000, 10),
    ('health', '慢病随访', 30, 2500, 20),
    ('health', '用药管理', 20, 1500, 30),
    ('health', '陪同就医', 120, 6000, 40),
    ('emotional', '陪伴聊天', 60, 2500, 10),
    ('emotional', '心理疏导', 60, 5000, 20),
    ('emotional', '独居探访', 30, 1500, 30),
    ('leisure', '日间照料中心活动', 120, 2000, 10),
    ('leisure', '老年教育课程', 90, 2000, 20),
    ('digital', '紧急呼叫响应', 30, 3000, 10),
    ('digital', '智能设备巡检', 30, 2000, 20);

insert into eldercare.service_packages (capability_level, item_id, visits_per_month)
select p.level, i.id, p.visits
from (values
        (1, '助洁', 2), (1, '助餐', 4), (1, '陪伴聊天', 1), (1, '用药管理', 1),
        (2, '助洁', 2), (2, '助浴', 1), (2, '基础护理', 1), (2, '陪伴聊天', 1),
        (3, '助浴', 2), (3, '基础护理', 2), (3, '康复训练', 1), (3, '家庭医生巡诊', 1),
        (4, '助浴', 2), (4, '基础护理', 2), (4, '压疮护理', 2), (4, '家庭医生巡诊', 1)
     ) as p (level, item, visits)
join eldercare.service_items i on i.name = p.item;
