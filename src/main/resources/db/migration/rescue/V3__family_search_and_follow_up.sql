-- 寻亲: the family search of a person the station cannot identify, and the reports of missing persons it is
-- matched against. A report comes from a family at the station's door, the police, the national family-search
-- platform or another station; the reporter's phone is encrypted (context "rescue.missing-report.phone").
create table rescue.missing_reports (
    id                      bigserial     primary key,
    region_code             varchar(12)   not null check (region_code ~ '^[0-9]{6}000000$'),
    source                  varchar(18)   not null
                                          check (source in ('FAMILY', 'POLICE', 'NATIONAL_PLATFORM', 'OTHER_STATION',
                                                            'MEDIA')),
    missing_name            varchar(50),
    sex                     varchar(1)    not null check (sex in ('M', 'F', 'U')),
    birth_year              int           check (birth_year between 1900 and 2100),
    -- a family sure of the year says 0; "about seventy" is a year with 3 or 5 either side
    birth_year_uncertainty  int           not null default 0 check (birth_year_uncertainty between 0 and 20),
    height_cm               int           check (height_cm between 40 and 250),
    features                varchar(500),
    dialect                 varchar(50),
    home_place              varchar(200),
    last_seen_place         varchar(200)  not null,
    last_seen_region_code   varchar(12)   check (last_seen_region_code ~ '^[0-9]{6}([0-9]{6})?$'),
    missing_since           date          not null,
    reporter_name           varchar(50)   not null,
    reporter_relation       varchar(20)   not null,
    reporter_phone_cipher   bytea,
    reporter_phone_masked   varchar(20),
    status                  varchar(10)   not null default 'OPEN' check (status in ('OPEN', 'FOUND', 'WITHDRAWN')),
    found_case_id           bigint        references rescue.cases (id),
    closed_at               timestamptz,
    close_note              varchar(300),
    demo                    boolean       not null default false,
    created_by              varchar(50)   not null,
    created_at              timestamptz   not null default now(),
    updated_at              timestamptz   not null default now(),
    check ((status = 'OPEN') = (closed_at is null)),
    check ((status = 'FOUND') = (found_case_id is not null))
);
create index missing_reports_open on rescue.missing_reports (status, sex);

-- One search per case. It is opened at intake for a person whose identity is unknown, or later by hand.
create table rescue.family_searches (
    id            bigserial    primary key,
    case_id       bigint       not null unique references rescue.cases (id),
    region_code   varchar(12)  not null check (region_code ~ '^[0-9]{6}000000$'),
    opened_at     timestamptz  not null,
    status        varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'REUNITED', 'CLOSED')),
    closed_at     timestamptz,
    close_reason  varchar(300),
    demo          boolean      not null default false,
    created_by    varchar(50)  not null,
    created_at    timestamptz  not null default now(),
    check ((status = 'OPEN') = (closed_at is null))
);

-- Each step of the search with its time: the police comparisons (fingerprint, face, DNA) asked for and answered,
-- the 寻亲公告 on the national platform (due within 24 h of admission), media and live-stream appeals.
create table rescue.search_steps (
    id            bigserial     primary key,
    search_id     bigint        not null references rescue.family_searches (id),
    kind          varchar(16)   not null
                                check (kind in ('FINGERPRINT', 'FACE', 'DNA', 'NATIONAL_NOTICE', 'MEDIA', 'LIVE_STREAM',
                                                'HUKOU_CHECK', 'OTHER')),
    taken_at      timestamptz   not null,
    agency        varchar(100)  not null,
    reference     varchar(100),
    audience      int           check (audience >= 0),
    result        varchar(10)   not null
                                check (result in ('PENDING', 'NO_MATCH', 'LEAD', 'MATCHED', 'PUBLISHED')),
    result_at     timestamptz,
    result_note   varchar(500),
    created_by    varchar(50)   not null,
    created_at    timestamptz   not null default now(),
    check ((result = 'PENDING') = (result_at is null)),
    check (result_at is null or result_at >= taken_at)
);
create index search_steps_search on rescue.search_steps (search_id, taken_at);

-- A person's decision on one candidate the matcher proposed, with the score and reasons as they were then.
create table rescue.match_reviews (
    id          bigserial     primary key,
    case_id     bigint        not null references rescue.cases (id),
    report_id   bigint        not null references rescue.missing_reports (id),
    score       int           not null check (score between 0 and 100),
    reasons     varchar(1000) not null,
    decision    varchar(10)   not null check (decision in ('CONFIRMED', 'REJECTED')),
    note        varchar(500),
    decided_by  varchar(50)   not null,
    decided_at  timestamptz   not null default now(),
    unique (case_id, report_id)
);

-- 认亲: the family found, how, and who confirmed the identity. The family's phone is encrypted
-- (context "rescue.reunification.phone").
create table rescue.reunifications (
    id                     bigserial     primary key,
    search_id              bigint        not null unique references rescue.family_searches (id),
    case_id                bigint        not null unique references rescue.cases (id),
    report_id              bigint        references rescue.missing_reports (id),
    found_through          varchar(12)   not null
                                         check (found_through in ('MATCH', 'FINGERPRINT', 'FACE', 'DNA', 'NOTICE',
                                                                  'MEDIA', 'LIVE_STREAM', 'SELF_RECALL', 'OTHER')),
    family_name            varchar(50)   not null,
    relation               varchar(20)   not null,
    family_phone_cipher    bytea,
    family_phone_masked    varchar(20),
    identity_confirmed_by  varchar(100)  not null,
    reunited_on            date          not null,
    note                   varchar(500),
    created_by             varchar(50)   not null,
    created_at             timestamptz   not null default now()
);

-- 返乡回访 ("市站做评估、县级做帮扶、社工做服务"): a person of this city who went home, from one of our cases or sent
-- back by another city's station. home_region_code is the township or village; the county that helps is its
-- county. The ID number is encrypted (context "rescue.returnee.id-number") with a blind index for repeat detection.
create table rescue.returnees (
    id                     bigserial     primary key,
    case_id                bigint        unique references rescue.cases (id),
    home_region_code       varchar(12)   not null check (home_region_code ~ '^[0-9]{12}$'),
    county_code            varchar(12)   not null generated always as (substr(home_region_code, 1, 6) || '000000') stored,
    name                   varchar(50)   not null,
    sex                    varchar(1)    not null check (sex in ('M', 'F', 'U')),
    birth_date             date,
    id_number_cipher       bytea,
    id_number_index        varchar(64),
    id_number_masked       varchar(20),
    address                varchar(200)  not null,
    returned_on            date          not null,
    returned_from          varchar(100)  not null,
    guardian_name          varchar(50),
    guardian_phone_cipher  bytea,
    guardian_phone_masked  varchar(20),
    status                 varchar(10)   not null default 'FOLLOWING' check (status in ('FOLLOWING', 'CLOSED')),
    closed_on              date,
    close_reason           varchar(300),
    demo                   boolean       not null default false,
    created_by             varchar(50)   not null,
    created_at             timestamptz   not null default now(),
    updated_at             timestamptz   not null default now(),
    check ((status = 'CLOSED') = (closed_on is not null))
);
create index returnees_county on rescue.returnees (county_code, status);
create index returnees_id_index on rescue.returnees (id_number_index);

-- 风险评估: factors are codes joined by commas; the score and level are worked out by the application and kept as
-- they were on the day.
create table rescue.risk_assessments (
    id            bigserial     primary key,
    returnee_id   bigint        not null references rescue.returnees (id),
    assessed_on   date          not null,
    assessor      varchar(50)   not null,
    assessor_org  varchar(100)  not null,
    factors       varchar(300)  not null,
    score         int           not null check (score >= 0),
    risk_level    varchar(6)    not null check (risk_level in ('LOW', 'MEDIUM', 'HIGH')),
    note          varchar(1000),
    created_by    varchar(50)   not null,
    created_at    timestamptz   not null default now()
);
create index risk_assessments_returnee on rescue.risk_assessments (returnee_id, assessed_on);

-- 帮扶计划: the county does the help, social workers the service.
create table rescue.help_plans (
    id               bigserial     primary key,
    returnee_id      bigint        not null references rescue.returnees (id),
    assessment_id    bigint        not null references rescue.risk_assessments (id),
    county_code      varchar(12)   not null check (county_code ~ '^[0-9]{6}000000$'),
    social_workers   varchar(200)  not null,
    social_work_org  varchar(100)  not null,
    measures         varchar(300)  not null,
    goals            varchar(1000) not null,
    starts_on        date          not null,
    review_on        date          not null,
    status           varchar(10)   not null default 'ACTIVE' check (status in ('ACTIVE', 'COMPLETED', 'CANCELLED')),
    outcome          varchar(1000),
    created_by       varchar(50)   not null,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    check (review_on >= starts_on),
    check ((status = 'ACTIVE') = (outcome is null))
);

create table rescue.follow_up_visits (
    id             bigserial     primary key,
    returnee_id    bigint        not null references rescue.returnees (id),
    plan_id        bigint        references rescue.help_plans (id),
    visited_on     date          not null,
    way            varchar(6)    not null check (way in ('HOME', 'PHONE', 'VIDEO')),
    visitor        varchar(50)   not null,
    visitor_org    varchar(100)  not null,
    finding        varchar(10)   not null
                                 check (finding in ('STABLE', 'IMPROVING', 'AT_RISK', 'WANDERING', 'MOVED', 'DIED',
                                                    'NOT_FOUND')),
    note           varchar(1000) not null,
    next_visit_on  date,
    created_by     varchar(50)   not null,
    created_at     timestamptz   not null default now(),
    check (next_visit_on is null or next_visit_on > visited_on)
);
create index follow_up_visits_returnee on rescue.follow_up_visits (returnee_id, visited_on);

-- 反复流浪: a case of a person taken in before. Found by the ID number's blind index (confirmed at once) or
-- proposed by the matcher against earlier cases and returnees (confirmed or rejected by a person).
create table rescue.repeat_links (
    id                bigserial     primary key,
    case_id           bigint        not null references rescue.cases (id),
    earlier_case_id   bigint        references rescue.cases (id),
    returnee_id       bigint        references rescue.returnees (id),
    method            varchar(10)   not null check (method in ('ID_NUMBER', 'MATCH')),
    score             int           check (score between 0 and 100),
    reasons           varchar(1000),
    status            varchar(10)   not null check (status in ('SUGGESTED', 'CONFIRMED', 'REJECTED')),
    decided_by        varchar(50),
    decided_at        timestamptz,
    created_at        timestamptz   not null default now(),
    check (earlier_case_id is not null or returnee_id is not null),
    check (earlier_case_id is null or earlier_case_id <> case_id),
    check ((status = 'SUGGESTED') = (decided_at is null))
);
create unique index repeat_links_case_earlier on rescue.repeat_links (case_id, earlier_case_id)
    where earlier_case_id is not null;
create unique index repeat_links_case_returnee on rescue.repeat_links (case_id, returnee_id)
    where returnee_id is not null and earlier_case_id is null;
create index repeat_links_case on rescue.repeat_links (case_id, status);
