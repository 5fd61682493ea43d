create schema if not exists staff;

create table staff.roles (
    code                   varchar(40) primary key check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name_zh                varchar(50)  not null,
    name_en                varchar(80)  not null,
    description            varchar(200),
    builtin                boolean      not null default false,
    requires_second_factor boolean      not null default false,
    created_at             timestamptz  not null default now(),
    version                int          not null default 0
);

create table staff.role_permissions (
    role_code  varchar(40)  not null references staff.roles (code) on delete cascade,
    permission varchar(100) not null check (permission ~ '^[a-z-]+:[a-z-]+:[a-z-]+$'),
    primary key (role_code, permission)
);

create table staff.accounts (
    id                   bigserial primary key,
    username             varchar(40)  not null unique check (username ~ '^[a-z][a-z0-9_.-]{2,39}$'),
    display_name         varchar(50)  not null,
    password_hash        varchar(100) not null,
    region_code          varchar(12)  not null check (region_code ~ '^[0-9]{12}$'),
    -- SM4-GCM ciphertext and HMAC-SM3 blind index: the phone is personal data.
    phone_cipher         bytea,
    phone_index          char(64),
    enabled              boolean      not null default true,
    failed_attempts      int          not null default 0,
    locked_until         timestamptz,
    totp_secret_cipher   bytea,
    totp_confirmed       boolean      not null default false,
    totp_last_step       bigint,
    must_change_password boolean      not null default false,
    password_changed_at  timestamptz  not null,
    last_login_at        timestamptz,
    created_at           timestamptz  not null,
    created_by           varchar(40),
    version              int          not null default 0
);
create index accounts_region_idx on staff.accounts (region_code varchar_pattern_ops);
create index accounts_phone_index_idx on staff.accounts (phone_index);

create table staff.account_roles (
    account_id bigint      not null references staff.accounts (id) on delete cascade,
    role_code  varchar(40) not null references staff.roles (code),
    primary key (account_id, role_code)
);

-- The five roles of the issue are configuration every deployment needs, not demo data. Their
-- permissions follow least privilege and the separation of system administration from audit
-- (等保 2.0 三级, 三权分立): administrators do not read the operation log, auditors change nothing.
insert into staff.roles (code, name_zh, name_en, description, builtin, requires_second_factor) values
    ('CITY_ADMIN', '市级管理员', 'City administrator', '管理账户、角色、数据字典和行政区划', true, true),
    ('COUNTY_APPROVER', '区县审批', 'County approver', '区县民政部门审核确认', true, false),
    ('TOWNSHIP_REVIEWER', '乡镇审核', 'Township reviewer', '乡镇（街道）受理、调查和初审', true, false),
    ('VILLAGE_ASSISTANT', '村居协理员', 'Village assistant', '村（居）委会协助申请和入户', true, false),
    ('AUDITOR', '审计员', 'Auditor', '查阅审计日志，核验日志链', true, false);

insert into staff.role_permissions (role_code, permission) values
    ('CITY_ADMIN', 'workbench:home:view'),
    ('CITY_ADMIN', 'region:division:view'),
    ('CITY_ADMIN', 'region:division:import'),
    ('CITY_ADMIN', 'staff:account:view'),
    ('CITY_ADMIN', 'staff:account:manage'),
    ('CITY_ADMIN', 'staff:phone:reveal'),
    ('CITY_ADMIN', 'staff:role:view'),
    ('CITY_ADMIN', 'staff:role:manage'),
    ('CITY_ADMIN', 'dictionary:entry:view'),
    ('CITY_ADMIN', 'dictionary:entry:manage'),
    ('CITY_ADMIN', 'audit:login-log:view'),
    ('COUNTY_APPROVER', 'workbench:home:view'),
    ('COUNTY_APPROVER', 'region:division:view'),
    ('COUNTY_APPROVER', 'staff:account:view'),
    ('COUNTY_APPROVER', 'dictionary:entry:view'),
    ('TOWNSHIP_REVIEWER', 'workbench:home:view'),
    ('TOWNSHIP_REVIEWER', 'region:division:view'),
    ('TOWNSHIP_REVIEWER', 'dictionary:entry:view'),
    ('VILLAGE_ASSISTANT', 'workbench:home:view'),
    ('VILLAGE_ASSISTANT', 'region:division:view'),
    ('VILLAGE_ASSISTANT', 'dictionary:entry:view'),
    ('AUDITOR', 'workbench:home:view'),
    ('AUDITOR', 'region:division:view'),
    ('AUDITOR', 'audit:log:view'),
    ('AUDITOR', 'audit:login-log:view'),
    ('AUDITOR', 'audit:chain:verify');
