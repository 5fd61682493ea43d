-- Work for the village assistant of a household's village. region_code is copied from the household so
-- that every list filters by data scope on an indexed column of its own table. One open task per
-- (household, origin, key): a rule that fires again finds the open task instead of adding one.
create table registry.tasks (
    id            bigint generated always as identity primary key,
    household_id  bigint       not null references registry.households (id) on delete cascade,
    region_code   varchar(12)  not null check (region_code ~ '^[0-9]{12}$'),
    origin        varchar(12)  not null check (origin in ('WARNING', 'SCREENING')),
    task_key      varchar(100) not null,
    title         varchar(200) not null,
    detail        varchar(2000),
    due_on        date         not null,
    status        varchar(6)   not null default 'OPEN' check (status in ('OPEN', 'DONE')),
    outcome       varchar(20)  check (outcome in ('NO_ACTION', 'ENROLLED', 'ADJUSTED', 'POLICY_TOLD', 'REVISIT')),
    outcome_note  varchar(500),
    follow_up_on  date,
    follow_up_of  bigint       references registry.tasks (id) on delete set null,
    done_by       varchar(50),
    done_at       timestamptz,
    created_at    timestamptz  not null default now(),
    check ((status = 'DONE') = (outcome is not null and done_at is not null and done_by is not null))
);

create unique index tasks_one_open_idx on registry.tasks (household_id, origin, task_key) where status = 'OPEN';
create index tasks_region_idx on registry.tasks (region_code varchar_pattern_ops, status, due_on);
create index tasks_household_idx on registry.tasks (household_id);

-- A warning a monitoring rule raised. One open warning per household and rule; it closes when its task is
-- done, and the rule may raise it again afterwards. stop_payment asks payroll to hold the household's
-- payments until someone has looked (a death in the household).
create table registry.warnings (
    id           bigint generated always as identity primary key,
    household_id bigint        not null references registry.households (id) on delete cascade,
    region_code  varchar(12)   not null check (region_code ~ '^[0-9]{12}$'),
    person_id    bigint        references registry.persons (id) on delete set null,
    rule_code    varchar(60)   not null,
    rule_name    varchar(100)  not null,
    level        varchar(6)    not null check (level in ('RED', 'ORANGE', 'YELLOW')),
    reason       varchar(1000) not null,
    stop_payment boolean       not null default false,
    status       varchar(6)    not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    due_on       date          not null,
    task_id      bigint        references registry.tasks (id) on delete set null,
    raised_at    timestamptz   not null default now(),
    closed_at    timestamptz,
    check ((status = 'CLOSED') = (closed_at is not null))
);

create unique index warnings_one_open_idx on registry.warnings (household_id, rule_code) where status = 'OPEN';
create index warnings_region_idx on registry.warnings (region_code varchar_pattern_ops, status, due_on);
create index warnings_household_idx on registry.warnings (household_id);
create index warnings_task_idx on registry.warnings (task_id);
