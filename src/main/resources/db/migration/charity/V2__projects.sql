-- 慈善项目: a charity organisation's project answers one or more needs of the needs list, within a budget and
-- a period, and helps registry households. region_code is the county or city that proposed it; staff see the
-- projects of their area and those of the areas above them that cover it.
create table charity.organisations (
    id          bigserial    primary key,
    name        varchar(100) not null unique,
    -- 统一社会信用代码; checked by the application (GB 32100), optional for groups not yet registered
    credit_code varchar(18)  unique check (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
    contact     varchar(100),
    created_at  timestamptz  not null default now()
);

create table charity.projects (
    id                   bigserial     primary key,
    name                 varchar(100)  not null,
    goal                 varchar(2000) not null,
    budget_fen           bigint        not null check (budget_fen > 0),
    target_beneficiaries int           not null check (target_beneficiaries > 0),
    organisation_id      bigint        not null references charity.organisations (id),
    region_code          varchar(12)   not null check (region_code ~ '^[0-9]{6}000000$'),
    starts_on            date          not null,
    ends_on              date          not null,
    status               varchar(12)   not null default 'PROPOSED'
                                       check (status in ('PROPOSED', 'FUNDRAISING', 'RUNNING', 'CLOSED')),
    created_by           varchar(50)   not null,
    created_at           timestamptz   not null default now(),
    updated_at           timestamptz   not null default now(),
    check (ends_on >= starts_on)
);

create index projects_region_idx on charity.projects (region_code varchar_pattern_ops);
create index projects_status_idx on charity.projects (status);

create table charity.project_needs (
    project_id    bigint      not null references charity.projects (id) on delete cascade,
    category_code varchar(40) not null references charity.need_categories (code),
    primary key (project_id, category_code)
);

-- A household helped by a project for one need. The same household in another open project for the same
-- need is counted twice in the figures charity reports, so that is allowed only with a stated reason.
-- region_code is the household's village when it was added, so lists can be limited to the staff's scope.
create table charity.beneficiaries (
    id               bigserial    primary key,
    project_id       bigint       not null references charity.projects (id) on delete cascade,
    -- the registry household (registry.households.id); no foreign key across module schemas
    household_id     bigint       not null,
    category_code    varchar(40)  not null,
    region_code      varchar(12)  not null check (region_code ~ '^[0-9]{12}$'),
    household_number varchar(40)  not null,
    head_name_masked varchar(50)  not null,
    reason           varchar(200),
    added_by         varchar(50)  not null,
    added_at         timestamptz  not null default now(),
    unique (project_id, household_id),
    foreign key (project_id, category_code) references charity.project_needs (project_id, category_code)
);

create index beneficiaries_household_idx on charity.beneficiaries (household_id, category_code);
create index beneficiaries_region_idx on charity.beneficiaries (region_code varchar_pattern_ops);
