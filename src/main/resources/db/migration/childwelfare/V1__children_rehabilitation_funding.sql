-- 儿童福利: the welfare home's children, their rehabilitation and the three funds that pay for it.
create schema if not exists childwelfare;

-- The welfare home (儿童福利机构) and its rooms; the hospital's rehabilitation unit works inside it.
create table childwelfare.institutions (
    id          bigserial    primary key,
    name        varchar(100) not null unique,
    region_code varchar(12)  not null,
    demo        boolean      not null default false
);

create table childwelfare.rooms (
    id             bigserial   primary key,
    institution_id bigint      not null references childwelfare.institutions (id),
    name           varchar(30) not null,
    unique (institution_id, name)
);

-- A child in care. Linked to the registry person when the ID number is registered there. The ID number is
-- kept only encrypted with a blind index. region_code is the institution's, so staff scope works as elsewhere.
create table childwelfare.children (
    id                     bigserial    primary key,
    institution_id         bigint       not null references childwelfare.institutions (id),
    room_id                bigint       references childwelfare.rooms (id),
    region_code            varchar(12)  not null,
    household_id           bigint,
    person_id              bigint,
    name                   varchar(50)  not null,
    id_number_cipher       bytea        not null,
    id_number_index        varchar(64)  not null unique,
    masked_id_number       varchar(18)  not null,
    birth_date             date         not null,
    sex                    varchar(10)  not null check (sex in ('MALE', 'FEMALE')),
    guardianship           varchar(30)  not null
        check (guardianship in ('ORPHAN', 'DE_FACTO_UNSUPPORTED', 'ABANDONED', 'OTHER')),
    disability_type        varchar(20)  not null
        check (disability_type in ('NONE', 'PHYSICAL', 'INTELLECTUAL', 'VISUAL', 'HEARING', 'SPEECH', 'MENTAL',
                                   'AUTISM', 'MULTIPLE')),
    disability_grade       smallint     check (disability_grade between 1 and 4),
    -- 残疾儿童康复救助 granted by the county federation (the 残联 fund requires it)
    rehab_assistance_registered boolean not null default false,
    -- enrolled in 城乡居民基本医疗保险 (the medical-insurance fund requires it)
    medical_insurance_enrolled  boolean not null default false,
    admitted_on            date         not null,
    discharged_on          date,
    discharge_reason       varchar(200),
    demo                   boolean      not null default false,
    created_by             varchar(50)  not null,
    created_at             timestamptz  not null default now(),
    check (discharged_on is null or discharged_on >= admitted_on),
    check ((discharged_on is null) = (discharge_reason is null))
);
create index children_region on childwelfare.children (region_code varchar_pattern_ops);

-- Medical notes are read only with childwelfare:medical:view; each reading is audited as a reveal.
create table childwelfare.medical_notes (
    id          bigserial   primary key,
    child_id    bigint      not null references childwelfare.children (id) on delete cascade,
    note_cipher bytea       not null,
    written_by  varchar(50) not null,
    written_at  timestamptz not null default now()
);
create index medical_notes_child on childwelfare.medical_notes (child_id);

-- Therapies of the rehabilitation unit with an illustrative price per hour (the hospital's price list
-- replaces it).
create table childwelfare.therapy_types (
    code           varchar(20) primary key,
    name_zh        varchar(30) not null,
    name_en        varchar(60) not null,
    price_per_hour_fen bigint  not null check (price_per_hour_fen >= 0),
    illustrative   boolean     not null default true,
    sort_order     integer     not null
);
insert into childwelfare.therapy_types (code, name_zh, name_en, price_per_hour_fen, sort_order) values
    ('PHYSICAL', '运动疗法（PT）', 'Physical therapy', 16000, 10),
    ('OCCUPATIONAL', '作业疗法（OT）', 'Occupational therapy', 14000, 20),
    ('SPEECH', '言语治疗（ST）', 'Speech therapy', 14000, 30),
    ('MASSAGE', '小儿推拿', 'Paediatric massage (TCM)', 12000, 40),
    ('ACUPUNCTURE', '针灸', 'Acupuncture (TCM)', 15000, 50);

-- The hospital's therapists stationed in the home; username links the staff account (role THERAPIST).
create table childwelfare.therapists (
    id             bigserial   primary key,
    institution_id bigint      not null references childwelfare.institutions (id),
    name           varchar(30) not null,
    username       varchar(40) unique,
    active         boolean     not null default true,
    demo           boolean     not null default false
);

-- An assessment of the child's functioning, 0–100 per domain, at the start of a plan and at each review.
create table childwelfare.assessments (
    id          bigserial   primary key,
    child_id    bigint      not null references childwelfare.children (id) on delete cascade,
    assessed_on date        not null,
    gross_motor smallint    not null check (gross_motor between 0 and 100),
    fine_motor  smallint    not null check (fine_motor between 0 and 100),
    language    smallint    not null check (language between 0 and 100),
    cognition   smallint    not null check (cognition between 0 and 100),
    self_care   smallint    not null check (self_care between 0 and 100),
    note        varchar(500),
    assessed_by varchar(50) not null,
    created_at  timestamptz not null default now()
);
create index assessments_child on childwelfare.assessments (child_id, assessed_on);

-- The individual rehabilitation plan, reviewed at least every 6 months.
create table childwelfare.plans (
    id            bigserial   primary key,
    child_id      bigint      not null references childwelfare.children (id) on delete cascade,
    assessment_id bigint      references childwelfare.assessments (id),
    starts_on     date        not null,
    review_due_on date        not null check (review_due_on > starts_on),
    status        varchar(10) not null check (status in ('ACTIVE', 'CLOSED')),
    created_by    varchar(50) not null,
    created_at    timestamptz not null default now()
);
create unique index plans_one_active on childwelfare.plans (child_id) where status = 'ACTIVE';

create table childwelfare.plan_goals (
    id       bigserial    primary key,
    plan_id  bigint       not null references childwelfare.plans (id) on delete cascade,
    goal     varchar(200) not null,
    met_on   date
);

-- The weekly schedule: on which weekday (1 Monday … 7 Sunday) which therapy, how long, by whom.
create table childwelfare.plan_schedule (
    id           bigserial   primary key,
    plan_id      bigint      not null references childwelfare.plans (id) on delete cascade,
    weekday      smallint    not null check (weekday between 1 and 7),
    therapy_code varchar(20) not null references childwelfare.therapy_types (code),
    minutes      integer     not null check (minutes between 5 and 240),
    therapist_id bigint      references childwelfare.therapists (id)
);
create index plan_schedule_plan on childwelfare.plan_schedule (plan_id, weekday);

-- A therapy session as the therapist recorded it; a missed one has minutes 0 and a reason. The cost is
-- fixed when recorded (price per hour × minutes) and allocated to the funds at once.
create table childwelfare.sessions (
    id            bigserial    primary key,
    child_id      bigint       not null references childwelfare.children (id),
    plan_id       bigint       references childwelfare.plans (id),
    therapy_code  varchar(20)  not null references childwelfare.therapy_types (code),
    therapist_id  bigint       references childwelfare.therapists (id),
    session_date  date         not null,
    minutes       integer      not null check (minutes between 0 and 240),
    status        varchar(10)  not null check (status in ('DONE', 'MISSED')),
    missed_reason varchar(30)  check (missed_reason in ('ILLNESS', 'HOSPITAL', 'OUTING', 'THERAPIST_ABSENT', 'OTHER')),
    notes         varchar(500),
    cost_fen      bigint       not null check (cost_fen >= 0),
    region_code   varchar(12)  not null,
    demo          boolean      not null default false,
    recorded_by   varchar(50)  not null,
    recorded_at   timestamptz  not null default now(),
    check ((status = 'MISSED') = (missed_reason is not null)),
    check (status = 'DONE' or (minutes = 0 and cost_fen = 0))
);
create index sessions_child_day on childwelfare.sessions (child_id, session_date);
create index sessions_region_day on childwelfare.sessions (region_code varchar_pattern_ops, session_date);

-- The three funds, in the order they pay (a setting), each with its annual cap per child and eligibility.
-- Caps are Binzhou's figures from the 2022 report; the order is illustrative and configurable.
create table childwelfare.funds (
    code                   varchar(20)  primary key,
    name_zh                varchar(40)  not null,
    name_en                varchar(80)  not null,
    annual_cap_fen         bigint       not null check (annual_cap_fen >= 0),
    pay_order              smallint     not null unique,
    min_age                smallint     not null default 0,
    max_age                smallint     not null default 17,
    requires_rehab_registration boolean not null default false,
    requires_medical_insurance  boolean not null default false,
    requires_orphan        boolean      not null default false,
    warn_below_share       numeric(3, 2) not null default 0.15 check (warn_below_share between 0 and 1)
);
insert into childwelfare.funds (code, name_zh, name_en, annual_cap_fen, pay_order, min_age, max_age,
                                requires_rehab_registration, requires_medical_insurance, requires_orphan) values
    ('DPF', '残联康复救助', 'Disabled persons'' federation rehabilitation assistance', 1500000, 1, 0, 17, true, false, false),
    ('MEDICAL', '医保报销', 'Medical insurance', 2700000, 2, 0, 17, true, true, false),
    ('TOMORROW', '明天计划', 'Tomorrow Plan', 3000000, 3, 0, 17, false, false, true);

-- A child's budget for a year and fund, when it differs from the fund's cap (e.g. the federation approved
-- less than its maximum); without a row the fund's annual cap applies.
create table childwelfare.budgets (
    child_id  bigint      not null references childwelfare.children (id) on delete cascade,
    year      smallint    not null,
    fund_code varchar(20) not null references childwelfare.funds (code),
    cap_fen   bigint      not null check (cap_fen >= 0),
    note      varchar(200),
    set_by    varchar(50) not null,
    set_at    timestamptz not null default now(),
    primary key (child_id, year, fund_code)
);

-- What each session cost each fund; the part no fund covers is the home's own (fund_code null).
create table childwelfare.allocations (
    session_id bigint      not null references childwelfare.sessions (id) on delete cascade,
    fund_code  varchar(20) references childwelfare.funds (code),
    child_id   bigint      not null references childwelfare.children (id),
    year       smallint    not null,
    amount_fen bigint      not null check (amount_fen > 0)
);
create unique index allocations_session_fund on childwelfare.allocations (session_id, coalesce(fund_code, ''));
create index allocations_child_year on childwelfare.allocations (child_id, year, fund_code);

-- Monthly evaluation forms by the welfare home and by the hospital (两院监督评价).
create table childwelfare.evaluations (
    id                bigserial    primary key,
    institution_id    bigint       not null references childwelfare.institutions (id),
    month             date         not null check (extract(day from month) = 1),
    evaluator         varchar(10)  not null check (evaluator in ('HOME', 'HOSPITAL')),
    hours_score       smallint     not null check (hours_score between 1 and 5),
    goals_score       smallint     not null check (goals_score between 1 and 5),
    satisfaction      smallint     not null check (satisfaction between 1 and 5),
    comments          varchar(1000),
    evaluated_by      varchar(50)  not null,
    evaluated_at      timestamptz  not null default now(),
    unique (institution_id, month, evaluator)
);
