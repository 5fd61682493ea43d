-- 福彩渠道: the city welfare-lottery centre's sales channels. Sales themselves happen in the provincial sales system;
-- this tracks who sells (partners, outlets), who opened and services each outlet (teams in contracted areas), what
-- each outlet sold (imported from the sales system), the rankings and interviews of the 擂台制, the incentives of
-- "谁拓谁受益", and the public-welfare side (the 快乐吧 hall, funded projects). All money in fen.
create schema if not exists lottery;

-- 1+3: the channel department, and three teams — outlet managers (投注站专管员), the social-channel service team
-- (社会渠道配管队) and the distribution team (社会配送队).
create table lottery.teams (
    id          bigserial    primary key,
    name        varchar(50)  not null unique,
    kind        varchar(20)  not null
                             check (kind in ('CHANNEL_DEPARTMENT', 'OUTLET_MANAGERS', 'SOCIAL_CHANNEL_SERVICE',
                                             'DISTRIBUTION')),
    leader      varchar(50),
    active      boolean      not null default true,
    demo        boolean      not null default false,
    created_at  timestamptz  not null default now()
);

-- Members are the centre's people (and, in the distribution team, outside 能人 who open points); not staff accounts.
create table lottery.team_members (
    id            bigserial    primary key,
    team_id       bigint       not null references lottery.teams (id),
    name          varchar(50)  not null,
    role          varchar(10)  not null check (role in ('LEADER', 'MEMBER')),
    phone_cipher  bytea,
    phone_masked  varchar(20),
    joined_on     date         not null,
    left_on       date,
    demo          boolean      not null default false,
    created_at    timestamptz  not null default now(),
    check (left_on is null or left_on >= joined_on)
);
create index team_members_team on lottery.team_members (team_id);

-- 承包区: a part of the market contracted to a team for a period, with a yearly sales target.
create table lottery.areas (
    id               bigserial    primary key,
    name             varchar(50)  not null unique,
    team_id          bigint       not null references lottery.teams (id),
    contract_from    date         not null,
    contract_to      date         not null,
    yearly_target_fen bigint      not null default 0 check (yearly_target_fen >= 0),
    note             varchar(300),
    demo             boolean      not null default false,
    created_at       timestamptz  not null default now(),
    check (contract_to >= contract_from)
);

-- The counties or townships an area covers (12-digit codes); an outlet's area is found through its region.
create table lottery.area_regions (
    area_id      bigint       not null references lottery.areas (id),
    region_code  varchar(12)  not null check (region_code ~ '^[0-9]{12}$'),
    primary key (area_id, region_code)
);
create unique index area_regions_region on lottery.area_regions (region_code);

-- 渠道商: chains, malls and other enterprises selling lottery in their premises.
create table lottery.partners (
    id            bigserial     primary key,
    name          varchar(100)  not null unique,
    kind          varchar(12)   not null check (kind in ('CHAIN', 'MALL', 'ENTERPRISE', 'OTHER')),
    credit_code   varchar(18)   not null unique,
    contact_name  varchar(50)   not null,
    phone_cipher  bytea,
    phone_masked  varchar(20),
    region_code   varchar(12)   not null check (region_code ~ '^[0-9]{12}$'),
    active        boolean       not null default true,
    demo          boolean       not null default false,
    created_by    varchar(50)   not null,
    created_at    timestamptz   not null default now(),
    updated_at    timestamptz   not null default now()
);

-- 合作协议 with a partner; an outlet under a partner belongs to the agreement in force when it opened.
create table lottery.agreements (
    id              bigserial     primary key,
    partner_id      bigint        not null references lottery.partners (id),
    number          varchar(30)   not null unique,
    signed_on       date          not null,
    valid_from      date          not null,
    valid_to        date          not null,
    planned_outlets int           not null check (planned_outlets >= 0),
    terms           varchar(1000) not null,
    status          varchar(10)   not null default 'ACTIVE' check (status in ('ACTIVE', 'ENDED', 'TERMINATED')),
    end_reason      varchar(300),
    demo            boolean       not null default false,
    created_by      varchar(50)   not null,
    created_at      timestamptz   not null default now(),
    check (valid_to >= valid_from),
    check ((status = 'TERMINATED') = (end_reason is not null))
);

-- 销售网点. code is the outlet's number in the provincial sales system; imports find outlets by it.
-- TRADITIONAL is the dedicated betting outlet (投注站); the four others are the new channels.
create table lottery.outlets (
    id                   bigserial     primary key,
    code                 varchar(20)   not null unique check (code ~ '^[0-9A-Za-z-]{4,20}$'),
    name                 varchar(100)  not null,
    kind                 varchar(12)   not null
                                       check (kind in ('TRADITIONAL', 'CHAIN_STORE', 'MALL', 'HAPPY_HALL',
                                                       'DISTRIBUTED')),
    address              varchar(200)  not null,
    region_code          varchar(12)   not null check (region_code ~ '^[0-9]{12}$'),
    partner_id           bigint        references lottery.partners (id),
    agreement_id         bigint        references lottery.agreements (id),
    opened_on            date          not null,
    closed_on            date,
    close_reason         varchar(200),
    opened_by_team_id    bigint        not null references lottery.teams (id),
    opened_by_member_id  bigint        references lottery.team_members (id),
    serviced_by_team_id  bigint        not null references lottery.teams (id),
    serviced_by_member_id bigint       references lottery.team_members (id),
    demo                 boolean       not null default false,
    created_by           varchar(50)   not null,
    created_at           timestamptz   not null default now(),
    updated_at           timestamptz   not null default now(),
    check (closed_on is null or closed_on >= opened_on),
    check ((closed_on is null) = (close_reason is null)),
    check (agreement_id is null or partner_id is not null)
);
create index outlets_region on lottery.outlets (region_code);
create index outlets_partner on lottery.outlets (partner_id);

-- One import of a sales file. The same file (by content hash) is not imported twice.
create table lottery.sales_imports (
    id            bigserial     primary key,
    file_name     varchar(200)  not null,
    sha256        varchar(64)   not null unique,
    first_day     date          not null,
    last_day      date          not null,
    rows_read     int           not null,
    rows_added    int           not null,
    rows_changed  int           not null,
    rows_same     int           not null,
    total_fen     bigint        not null,
    demo          boolean       not null default false,
    imported_by   varchar(50)   not null,
    imported_at   timestamptz   not null default now()
);

-- Daily sales per outlet and game, as the sales system reports them. A later file for the same day, outlet and game
-- replaces the amount (a correction), and the import records how many rows it added, changed or found the same.
create table lottery.sales (
    outlet_id   bigint       not null references lottery.outlets (id),
    game        varchar(4)   not null check (game in ('SSQ', 'FC3D', 'QLC', 'KL8', 'GGL', 'ZFZX')),
    sales_date  date         not null,
    amount_fen  bigint       not null check (amount_fen >= 0),
    import_id   bigint       not null references lottery.sales_imports (id),
    primary key (outlet_id, game, sales_date)
);
create index sales_date on lottery.sales (sales_date, outlet_id);

-- 擂台制: a ranking published as a bulletin, frozen as it was (rows kept), for a week (Monday to Sunday) or a month.
create table lottery.ranking_bulletins (
    id            bigserial     primary key,
    period_kind   varchar(5)    not null check (period_kind in ('WEEK', 'MONTH')),
    period_start  date          not null,
    period_end    date          not null,
    subject       varchar(6)    not null check (subject in ('TEAM', 'MEMBER', 'AREA')),
    measure       varchar(12)   not null check (measure in ('SALES', 'GROWTH', 'NEW_OUTLETS')),
    title         varchar(100)  not null,
    comment       varchar(1000),
    published_by  varchar(50)   not null,
    published_at  timestamptz   not null default now(),
    demo          boolean       not null default false,
    unique (period_kind, period_start, subject, measure),
    check (period_end >= period_start)
);

create table lottery.bulletin_rows (
    bulletin_id   bigint        not null references lottery.ranking_bulletins (id),
    rank          int           not null check (rank >= 1),
    subject_id    bigint        not null,
    subject_name  varchar(100)  not null,
    value         bigint        not null,
    previous      bigint,
    bottom        boolean       not null,
    primary key (bulletin_id, rank, subject_id)
);

-- 末位约谈: the interview of whoever came last in a published ranking.
create table lottery.interviews (
    id              bigserial     primary key,
    bulletin_id     bigint        not null references lottery.ranking_bulletins (id),
    subject_id      bigint        not null,
    subject_name    varchar(100)  not null,
    interviewed_on  date          not null,
    interviewer     varchar(50)   not null,
    causes          varchar(1000) not null,
    measures        varchar(1000) not null,
    created_by      varchar(50)   not null,
    created_at      timestamptz   not null default now(),
    unique (bulletin_id, subject_id)
);

-- 激励规则: OPENING pays a sum per outlet opened (by kind); PERFORMANCE pays a share (per mille) of the sales
-- increment of the outlets a person or team services, without an upper limit ("上不封顶").
create table lottery.incentive_rules (
    id              bigserial     primary key,
    name            varchar(100)  not null unique,
    kind            varchar(12)   not null check (kind in ('OPENING', 'PERFORMANCE')),
    outlet_kind     varchar(12)   check (outlet_kind in ('TRADITIONAL', 'CHAIN_STORE', 'MALL', 'HAPPY_HALL',
                                                          'DISTRIBUTED')),
    amount_fen      bigint        check (amount_fen > 0),
    rate_permille   int           check (rate_permille between 1 and 1000),
    valid_from      date          not null,
    valid_to        date,
    active          boolean       not null default true,
    demo            boolean       not null default false,
    created_by      varchar(50)   not null,
    created_at      timestamptz   not null default now(),
    check ((kind = 'OPENING') = (amount_fen is not null)),
    check ((kind = 'PERFORMANCE') = (rate_permille is not null)),
    check (valid_to is null or valid_to >= valid_from)
);

-- One calculation of the incentives of a month; recalculated freely while DRAFT, frozen once APPROVED.
create table lottery.incentive_runs (
    id             bigserial    primary key,
    period_start   date         not null unique,
    period_end     date         not null,
    status         varchar(10)  not null default 'DRAFT' check (status in ('DRAFT', 'APPROVED')),
    total_fen      bigint       not null default 0,
    calculated_by  varchar(50)  not null,
    calculated_at  timestamptz  not null,
    approved_by    varchar(50),
    approved_at    timestamptz,
    demo           boolean      not null default false,
    check ((status = 'APPROVED') = (approved_at is not null)),
    check (approved_by is null or approved_by <> calculated_by)
);

create table lottery.incentive_lines (
    id           bigserial     primary key,
    run_id       bigint        not null references lottery.incentive_runs (id),
    rule_id      bigint        not null references lottery.incentive_rules (id),
    team_id      bigint        not null references lottery.teams (id),
    member_id    bigint        references lottery.team_members (id),
    outlet_id    bigint        references lottery.outlets (id),
    basis_fen    bigint,
    amount_fen   bigint        not null check (amount_fen >= 0),
    detail       varchar(300)  not null
);
create index incentive_lines_run on lottery.incentive_lines (run_id);

-- 快乐吧 综合厅: visitors per day and the events held there.
create table lottery.hall_visits (
    outlet_id   bigint        not null references lottery.outlets (id),
    visit_date  date          not null,
    visitors    int           not null check (visitors >= 0),
    note        varchar(300),
    recorded_by varchar(50)   not null,
    primary key (outlet_id, visit_date)
);

create table lottery.hall_events (
    id            bigserial     primary key,
    outlet_id     bigint        not null references lottery.outlets (id),
    held_on       date          not null,
    title         varchar(100)  not null,
    kind          varchar(12)   not null check (kind in ('WELFARE', 'PROMOTION', 'TRAINING', 'COMMUNITY')),
    participants  int           not null check (participants >= 0),
    note          varchar(1000),
    demo          boolean       not null default false,
    created_by    varchar(50)   not null,
    created_at    timestamptz   not null default now()
);

-- 公益项目 funded from the lottery side, e.g. the youth car-wash project with a partner.
create table lottery.welfare_projects (
    id            bigserial     primary key,
    name          varchar(100)  not null unique,
    partner_id    bigint        references lottery.partners (id),
    purpose       varchar(1000) not null,
    budget_fen    bigint        not null check (budget_fen > 0),
    started_on    date          not null,
    ended_on      date,
    status        varchar(10)   not null default 'RUNNING' check (status in ('RUNNING', 'COMPLETED')),
    demo          boolean       not null default false,
    created_by    varchar(50)   not null,
    created_at    timestamptz   not null default now(),
    check ((status = 'COMPLETED') = (ended_on is not null))
);

create table lottery.welfare_grants (
    id            bigserial     primary key,
    project_id    bigint        not null references lottery.welfare_projects (id),
    granted_on    date          not null,
    amount_fen    bigint        not null check (amount_fen > 0),
    purpose       varchar(300)  not null,
    created_by    varchar(50)   not null,
    created_at    timestamptz   not null default now()
);
