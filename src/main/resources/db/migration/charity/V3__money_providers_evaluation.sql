-- 慈善 money and its accountability: donors and donations with receipts, the funds that hold the money,
-- service providers paid by tender, evaluations, audits, the "three tens" awards and the weekly public
-- updates. Amounts are in fen. region_code on a record is the city or county (its charity federation)
-- that keeps it, 12 digits ending in six zeros, as for projects.

-- ---------------------------------------------------------------------------------------------------
-- Funds and their ledger. Every project has one fund; each city or county has one general fund that
-- takes undirected (非定向) gifts until staff allocate them to projects. A fund never goes below zero
-- and always satisfies received = spent + balance; the ledger entries add up to both sums.
-- ---------------------------------------------------------------------------------------------------
create table charity.funds (
    id            bigserial   primary key,
    project_id    bigint      unique references charity.projects (id),
    region_code   varchar(12) not null check (region_code ~ '^[0-9]{6}000000$'),
    received_fen  bigint      not null default 0 check (received_fen >= 0),
    spent_fen     bigint      not null default 0 check (spent_fen >= 0),
    balance_fen   bigint      not null default 0 check (balance_fen >= 0),
    created_at    timestamptz not null default now(),
    check (received_fen = spent_fen + balance_fen)
);

create unique index funds_general_idx on charity.funds (region_code) where project_id is null;

-- Money moved between two funds: a general fund allocating to a project (ALLOCATION), or what a closed
-- project had left going to a similar project or back to the general fund (LEFTOVER, 慈善法 art. 58).
create table charity.fund_transfers (
    id           bigserial    primary key,
    from_fund_id bigint       not null references charity.funds (id),
    to_fund_id   bigint       not null references charity.funds (id),
    kind         varchar(12)  not null check (kind in ('ALLOCATION', 'LEFTOVER')),
    amount_fen   bigint       not null check (amount_fen > 0),
    reason       varchar(200) not null,
    made_by      varchar(50)  not null,
    made_at      timestamptz  not null default now(),
    check (from_fund_id <> to_fund_id)
);

-- One line per movement. direction IN adds to received, OUT adds to spent; a correction carries a
-- negative amount in the direction it corrects (a voided gift is IN and negative, a provider's refund is
-- OUT and negative), so received and spent are always the plain sums of their lines.
create table charity.ledger_entries (
    id                bigserial    primary key,
    fund_id           bigint       not null references charity.funds (id),
    direction         varchar(3)   not null check (direction in ('IN', 'OUT')),
    kind              varchar(16)  not null
                                   check (kind in ('DONATION', 'DONATION_VOID', 'TRANSFER_IN', 'TRANSFER_OUT',
                                                   'PAYMENT', 'REFUND')),
    amount_fen        bigint       not null check (amount_fen <> 0),
    balance_after_fen bigint       not null check (balance_after_fen >= 0),
    donation_id       bigint,
    payment_id        bigint,
    transfer_id       bigint       references charity.fund_transfers (id),
    memo              varchar(200),
    recorded_by       varchar(50)  not null,
    recorded_at       timestamptz  not null default now()
);

create index ledger_entries_fund_idx on charity.ledger_entries (fund_id, id);

-- ---------------------------------------------------------------------------------------------------
-- Donors, pledges, donations and receipts
-- ---------------------------------------------------------------------------------------------------
create table charity.donors (
    id             bigserial    primary key,
    kind           varchar(12)  not null check (kind in ('ENTERPRISE', 'ORGANISATION', 'INDIVIDUAL')),
    name           varchar(100) not null,
    -- 统一社会信用代码 of an enterprise or organisation, checked by the application (GB 32100)
    credit_code    varchar(18)  unique check (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
    contact_name   varchar(50),
    -- a donor's phone is personal data: kept encrypted (PersonalDataCipher, context "charity.donor.phone")
    phone_cipher   bytea,
    phone_masked   varchar(20),
    -- 慈善法 art. 82: a donor's name is published only with this consent
    named_consent  boolean      not null default false,
    region_code    varchar(12)  not null check (region_code ~ '^[0-9]{6}000000$'),
    demo           boolean      not null default false,
    created_by     varchar(50)  not null,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    check (kind = 'INDIVIDUAL' or credit_code is not null or demo)
);

create index donors_region_idx on charity.donors (region_code varchar_pattern_ops);
create index donors_name_idx on charity.donors (name);

-- 认捐: a promise to give, fulfilled by later donations that name it.
create table charity.pledges (
    id           bigserial     primary key,
    donor_id     bigint        not null references charity.donors (id),
    project_id   bigint        references charity.projects (id),
    amount_fen   bigint        not null check (amount_fen > 0),
    pledged_on   date          not null,
    due_on       date          not null,
    note         varchar(200),
    cancelled    boolean       not null default false,
    region_code  varchar(12)   not null check (region_code ~ '^[0-9]{6}000000$'),
    created_by   varchar(50)   not null,
    created_at   timestamptz   not null default now(),
    check (due_on >= pledged_on)
);

create index pledges_donor_idx on charity.pledges (donor_id);

-- Receipt numbers run without gaps per keeping region and year: the counter row is locked while a number
-- is taken, inside the transaction that records the gift, so a rolled-back gift leaves no hole.
create table charity.receipt_counters (
    region_code varchar(12) not null,
    year        int         not null,
    last_number int         not null check (last_number >= 0),
    primary key (region_code, year)
);

-- A gift of money. Directed (定向) gifts name a project and go to its fund; general gifts go to the
-- keeping region's general fund. A voided gift keeps its receipt number, marked void.
create table charity.donations (
    id              bigserial    primary key,
    donor_id        bigint       not null references charity.donors (id),
    amount_fen      bigint       not null check (amount_fen > 0),
    channel         varchar(16)  not null check (channel in ('BANK_TRANSFER', 'CASH', 'ONLINE', 'CHEQUE')),
    brand           varchar(24)  not null
                                 check (brand in ('PARTY_MEMBER_DAY', 'ONE_DAY_DONATION', 'ENTERPRISE_FUND',
                                                  'VILLAGE_MUTUAL_AID', 'ONLINE', 'OTHER')),
    -- the enterprise named fund (企业冠名基金) or the village mutual-aid fund the gift belongs to
    fund_name       varchar(100),
    directed        boolean      not null,
    project_id      bigint       references charity.projects (id),
    fund_id         bigint       not null references charity.funds (id),
    pledge_id       bigint       references charity.pledges (id),
    received_on     date         not null,
    receipt_number  varchar(30)  not null unique,
    status          varchar(8)   not null default 'RECEIVED' check (status in ('RECEIVED', 'VOID')),
    void_reason     varchar(200),
    region_code     varchar(12)  not null check (region_code ~ '^[0-9]{6}000000$'),
    demo            boolean      not null default false,
    recorded_by     varchar(50)  not null,
    recorded_at     timestamptz  not null default now(),
    check (directed = (project_id is not null)),
    check ((status = 'VOID') = (void_reason is not null))
);

create index donations_donor_idx on charity.donations (donor_id);
create index donations_project_idx on charity.donations (project_id);
create index donations_region_idx on charity.donations (region_code varchar_pattern_ops, received_on);

-- ---------------------------------------------------------------------------------------------------
-- Service providers, tenders, contracts, deliverables and payments
-- ---------------------------------------------------------------------------------------------------
create table charity.providers (
    id            bigserial    primary key,
    name          varchar(100) not null unique,
    credit_code   varchar(18)  not null unique check (credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
    kind          varchar(16)  not null
                               check (kind in ('SOCIAL_WORK', 'ELDER_CARE', 'MEDICAL', 'EDUCATION', 'VOLUNTEER',
                                               'OTHER')),
    contact_name  varchar(50)  not null,
    contact_phone varchar(20)  not null,
    address       varchar(200),
    region_code   varchar(12)  not null check (region_code ~ '^[0-9]{6}000000$'),
    demo          boolean      not null default false,
    created_by    varchar(50)  not null,
    created_at    timestamptz  not null default now()
);

-- A service a project buys by tender (招投标): bids arrive until the closing day, then one is awarded.
create table charity.tenders (
    id            bigserial     primary key,
    project_id    bigint        not null references charity.projects (id),
    title         varchar(100)  not null,
    scope         varchar(2000) not null,
    ceiling_fen   bigint        not null check (ceiling_fen > 0),
    opens_on      date          not null,
    closes_on     date          not null,
    status        varchar(10)   not null default 'OPEN' check (status in ('OPEN', 'AWARDED', 'CANCELLED')),
    created_by    varchar(50)   not null,
    created_at    timestamptz   not null default now(),
    check (closes_on >= opens_on)
);

create index tenders_project_idx on charity.tenders (project_id);

create table charity.bids (
    id           bigserial     primary key,
    tender_id    bigint        not null references charity.tenders (id),
    provider_id  bigint        not null references charity.providers (id),
    amount_fen   bigint        not null check (amount_fen > 0),
    proposal     varchar(2000) not null,
    -- the evaluation panel's score out of 100, entered before the award
    score        int           check (score between 0 and 100),
    submitted_on date          not null,
    recorded_by  varchar(50)   not null,
    recorded_at  timestamptz   not null default now(),
    unique (tender_id, provider_id)
);

create table charity.contracts (
    id           bigserial    primary key,
    tender_id    bigint       not null unique references charity.tenders (id),
    bid_id       bigint       not null unique references charity.bids (id),
    project_id   bigint       not null references charity.projects (id),
    provider_id  bigint       not null references charity.providers (id),
    number       varchar(40)  not null unique,
    amount_fen   bigint       not null check (amount_fen > 0),
    signed_on    date         not null,
    starts_on    date         not null,
    ends_on      date         not null,
    status       varchar(10)  not null default 'ACTIVE' check (status in ('ACTIVE', 'COMPLETED', 'TERMINATED')),
    created_by   varchar(50)  not null,
    created_at   timestamptz  not null default now(),
    check (ends_on >= starts_on)
);

create index contracts_project_idx on charity.contracts (project_id);

-- What the provider owes, each accepted before the payment tied to it.
create table charity.deliverables (
    id           bigserial    primary key,
    contract_id  bigint       not null references charity.contracts (id),
    description  varchar(200) not null,
    due_on       date         not null,
    amount_fen   bigint       not null check (amount_fen > 0),
    delivered_on date,
    accepted_by  varchar(50),
    accepted_at  timestamptz,
    created_at   timestamptz  not null default now(),
    check ((accepted_by is null) = (accepted_at is null))
);

create index deliverables_contract_idx on charity.deliverables (contract_id);

-- Money paid to a provider out of the project's fund; a refund (the provider returning money) is a
-- payment with a negative amount. The contract's payments never exceed its amount.
create table charity.payments (
    id              bigserial    primary key,
    contract_id     bigint       not null references charity.contracts (id),
    project_id      bigint       not null references charity.projects (id),
    deliverable_id  bigint       references charity.deliverables (id),
    amount_fen      bigint       not null check (amount_fen <> 0),
    paid_on         date         not null,
    voucher_number  varchar(40)  not null unique,
    note            varchar(200),
    paid_by         varchar(50)  not null,
    paid_at         timestamptz  not null default now()
);

create index payments_contract_idx on charity.payments (contract_id);
create index payments_project_idx on charity.payments (project_id, paid_on);

-- ---------------------------------------------------------------------------------------------------
-- Evaluation, audit reports and the "three tens" awards (三个十)
-- ---------------------------------------------------------------------------------------------------
-- A quarterly evaluation of a project. The five scores and their maxima (20/30/25/15/10) are the
-- bureau's ILLUSTRATIVE form; total is their sum.
create table charity.evaluations (
    id                 bigserial     primary key,
    project_id         bigint        not null references charity.projects (id),
    year               int           not null check (year between 2000 and 2100),
    quarter            int           not null check (quarter between 1 and 4),
    evaluator          varchar(100)  not null,
    management_score   int           not null check (management_score between 0 and 20),
    outcome_score      int           not null check (outcome_score between 0 and 30),
    funds_score        int           not null check (funds_score between 0 and 25),
    satisfaction_score int           not null check (satisfaction_score between 0 and 15),
    disclosure_score   int           not null check (disclosure_score between 0 and 10),
    total_score        int           generated always as (management_score + outcome_score + funds_score
                                                          + satisfaction_score + disclosure_score) stored,
    findings           varchar(2000) not null,
    evaluated_on       date          not null,
    recorded_by        varchar(50)   not null,
    recorded_at        timestamptz   not null default now(),
    unique (project_id, year, quarter)
);

-- A third-party audit of a charity organisation's year (or of one project); the report itself is an
-- attachment (owner "charity-audit-report").
create table charity.audit_reports (
    id              bigserial    primary key,
    organisation_id bigint       not null references charity.organisations (id),
    project_id      bigint       references charity.projects (id),
    year            int          not null check (year between 2000 and 2100),
    audit_firm      varchar(100) not null,
    opinion         varchar(12)  not null check (opinion in ('UNQUALIFIED', 'QUALIFIED', 'ADVERSE', 'DISCLAIMER')),
    summary         varchar(1000),
    attachment_id   varchar(80)  not null,
    region_code     varchar(12)  not null check (region_code ~ '^[0-9]{6}000000$'),
    uploaded_by     varchar(50)  not null,
    uploaded_at     timestamptz  not null default now()
);

create index audit_reports_org_idx on charity.audit_reports (organisation_id, year);

-- An award cycle runs every two years: nominations, review, then published results of at most ten
-- winners in each of the three categories.
create table charity.award_cycles (
    id                  bigserial    primary key,
    name                varchar(100) not null unique,
    first_year          int          not null check (first_year between 2000 and 2100),
    last_year           int          not null,
    nominations_close   date         not null,
    status              varchar(10)  not null default 'NOMINATING'
                                     check (status in ('NOMINATING', 'REVIEWING', 'PUBLISHED')),
    published_on        date,
    created_by          varchar(50)  not null,
    created_at          timestamptz  not null default now(),
    check (last_year = first_year + 1),
    check ((status = 'PUBLISHED') = (published_on is not null))
);

create table charity.nominations (
    id                 bigserial     primary key,
    cycle_id           bigint        not null references charity.award_cycles (id),
    category           varchar(10)   not null check (category in ('ENTERPRISE', 'PERSON', 'PROJECT')),
    nominee            varchar(100)  not null,
    donor_id           bigint        references charity.donors (id),
    project_id         bigint        references charity.projects (id),
    deeds              varchar(2000) not null,
    -- a person is named in the published results only with their consent
    publish_consent    boolean       not null default false,
    score              int           check (score between 0 and 100),
    winner             boolean       not null default false,
    region_code        varchar(12)   not null check (region_code ~ '^[0-9]{6}000000$'),
    nominated_by       varchar(50)   not null,
    nominated_at       timestamptz   not null default now(),
    unique (cycle_id, category, nominee),
    check (category <> 'PROJECT' or project_id is not null)
);

-- ---------------------------------------------------------------------------------------------------
-- Public disclosure: the weekly update log. Each line is what the week added, computed from the records
-- above when the week is published (by the weekly job or by staff); the public page itself always reads
-- the live figures.
-- ---------------------------------------------------------------------------------------------------
create table charity.disclosure_updates (
    id                  bigserial    primary key,
    week_start          date         not null unique check (extract(isodow from week_start) = 1),
    donations_count     int          not null check (donations_count >= 0),
    donations_fen       bigint       not null,
    payments_count      int          not null check (payments_count >= 0),
    payments_fen        bigint       not null,
    new_beneficiaries   int          not null check (new_beneficiaries >= 0),
    projects_open       int          not null check (projects_open >= 0),
    published_by        varchar(50)  not null,
    published_at        timestamptz  not null default now()
);

-- The ledger lines point back at the gift or payment that made them (both created above).
alter table charity.ledger_entries
    add foreign key (donation_id) references charity.donations (id),
    add foreign key (payment_id) references charity.payments (id);

-- Demo rows are labelled so the pages can say so and a real deployment can remove them.
alter table charity.projects add column demo boolean not null default false;
alter table charity.organisations add column demo boolean not null default false;
