create schema if not exists policy;

-- The departments whose assistance policies the catalogue gathers (民政, 人社, 卫健, …). They are
-- reference data every deployment needs, so they are seeded here; the policies are not.
create table policy.departments (
    code       varchar(30) primary key check (code ~ '^[a-z][a-z-]{1,29}$'),
    name_zh    varchar(40) not null unique,
    name_en    varchar(60) not null,
    sort_order integer     not null
);

insert into policy.departments (code, name_zh, name_en, sort_order) values
    ('civil-affairs',    '民政局',             'Civil Affairs Bureau',                            10),
    ('human-resources',  '人力资源和社会保障局', 'Human Resources and Social Security Bureau',      20),
    ('health',           '卫生健康委员会',       'Health Commission',                               30),
    ('medical-security', '医疗保障局',           'Medical Security Bureau',                         40),
    ('education',        '教育局',              'Education Bureau',                                50),
    ('housing',          '住房和城乡建设局',     'Housing and Urban-Rural Development Bureau',      60),
    ('disabled-persons', '残疾人联合会',         'Disabled Persons'' Federation',                   70),
    ('trade-union',      '总工会',              'Federation of Trade Unions',                      80),
    ('women',            '妇女联合会',           'Women''s Federation',                             90),
    ('youth-league',     '共青团委员会',         'Communist Youth League Committee',               100),
    ('justice',          '司法局',              'Justice Bureau',                                 110),
    ('agriculture',      '农业农村局',           'Agriculture and Rural Affairs Bureau',           120),
    ('emergency',        '应急管理局',           'Emergency Management Bureau',                    130),
    ('veterans',         '退役军人事务局',       'Veterans Affairs Bureau',                        140),
    ('finance',          '财政局',              'Finance Bureau',                                 150),
    ('taxation',         '税务局',              'Taxation Bureau',                                160),
    ('red-cross',        '红十字会',            'Red Cross Society',                              170);

-- A policy is its identity and life cycle; what it says lives in its versions. An edit never
-- overwrites: it adds a version, so what a citizen was told on a given day stays readable.
create table policy.policies (
    id              bigserial    primary key,
    code            varchar(20)  not null unique check (code ~ '^[A-Z][A-Z0-9-]{1,19}$'),
    department_code varchar(30)  not null references policy.departments (code),
    -- the latest version; edits compare it to the version they started from, so two edits at once
    -- cannot both become version n + 1
    current_version integer      not null default 1,
    -- from this day on the policy is out of the catalogue, whatever its versions say
    retired_on      date,
    retired_reason  varchar(200),
    retired_by      varchar(50),
    -- illustrative content written for the demonstration, not a Binzhou text: shown with a badge
    demo            boolean      not null default false,
    created_at      timestamptz  not null default now(),
    check ((retired_on is null) = (retired_reason is null))
);

create table policy.policy_versions (
    policy_id       bigint        not null references policy.policies (id),
    version         integer       not null check (version >= 1),
    name            varchar(80)   not null,
    category        varchar(20)   not null,
    target_group    varchar(20)   not null,
    conditions      varchar(2000) not null,
    standard        varchar(2000) not null,
    how_to_apply    varchar(2000) not null,
    where_to_apply  varchar(200)  not null,
    phone           varchar(30)   not null,
    legal_basis     varchar(1000) not null,
    effective_from  date          not null,
    effective_until date,
    -- the machine-checkable eligibility rule in CEL over the attribute schema (docs/rule-attributes.md)
    rule            varchar(2000),
    -- why the text changed; every version after the first says so
    change_note     varchar(200),
    changed_by      varchar(50)   not null,
    changed_at      timestamptz   not null default now(),
    primary key (policy_id, version),
    check (effective_until is null or effective_until >= effective_from),
    check (version = 1 or change_note is not null)
);

-- The version a citizen reads on a day, or null when the policy does not apply then: the latest
-- version that had taken effect by that day, unless it has ended or the policy was retired by then.
-- A later version dated in the future does not hide the one before it, and an ended version does not
-- bring an older one back.
create function policy.version_in_force(p_policy bigint, p_day date) returns integer
language sql stable as $$
    select latest.version
    from (select v.version, v.effective_until
          from policy.policies p
          join policy.policy_versions v on v.policy_id = p.id
          where p.id = p_policy
            and (p.retired_on is null or p.retired_on > p_day)
            and v.effective_from <= p_day
          order by v.version desc
          limit 1) latest
    where latest.effective_until is null or latest.effective_until >= p_day
$$;

-- Local standards (低保标准, asset limits, multipliers) change by year and by place, so they are
-- effective-dated rows per region, never constants. Changing one supersedes the row and keeps it.
create table policy.parameters (
    id            bigserial     primary key,
    region_code   char(12)      not null check (region_code ~ '^[0-9]{12}$'),
    programme     varchar(20)   not null,
    name          varchar(40)   not null,
    value_fen     bigint,
    value_decimal numeric(12, 4),
    valid_from    date          not null,
    valid_until   date,
    note          varchar(200),
    demo          boolean       not null default false,
    recorded_by   varchar(50)   not null,
    recorded_at   timestamptz   not null default now(),
    superseded_at timestamptz,
    superseded_by varchar(50),
    check ((value_fen is null) <> (value_decimal is null)),
    check (valid_until is null or valid_until >= valid_from)
);
create index parameters_current_idx on policy.parameters (name, region_code, valid_from) where superseded_at is null;
