create schema if not exists payment;

-- Where a recipient's money goes: the household's bank account (惠民惠农"一卡通" or social security
-- card). The number is an SM4-GCM ciphertext; the masked form is kept for lists and messages.
-- recipient_id points into the assistance module's register, so it carries no foreign key.
create table payment.accounts (
    id             bigint generated always as identity primary key,
    recipient_id   bigint       not null unique,
    village_code   varchar(12)  not null check (village_code ~ '^[0-9]{12}$'),
    bank_name      varchar(40)  not null,
    holder_name    varchar(20)  not null,
    account_cipher bytea        not null,
    account_masked varchar(40)  not null,
    -- The household asked for no text message when money arrives.
    sms_opt_out    boolean      not null default false,
    demo           boolean      not null default false,
    updated_by     varchar(50),
    updated_at     timestamptz  not null default now(),
    version        bigint       not null default 0
);

create index accounts_village_idx on payment.accounts (village_code varchar_pattern_ops);

-- One payroll per county, programme and month: drafted, reviewed by township totals, approved by
-- the county, sent to the bank in batches, reconciled from the bank's return files.
create table payment.payrolls (
    id           bigint generated always as identity primary key,
    county_code  varchar(12) not null check (county_code ~ '^[0-9]{6}000000$'),
    programme    varchar(20) not null check (programme in ('DIBAO', 'TEKUN', 'TEMPORARY')),
    month        date        not null check (extract(day from month) = 1),
    status       varchar(12) not null check (status in ('DRAFT', 'APPROVED', 'EXPORTED', 'RECONCILED')),
    generated_by varchar(50),
    generated_at timestamptz not null default now(),
    approved_by  varchar(50),
    approved_at  timestamptz,
    version      bigint      not null default 0,
    unique (county_code, programme, month)
);

-- A file sent to the bank: the first one of an approved payroll, then one per re-issue.
create table payment.bank_batches (
    id         bigint generated always as identity primary key,
    payroll_id bigint      not null references payment.payrolls (id),
    sequence   integer     not null,
    reissue    boolean     not null,
    count      integer     not null,
    total_fen  bigint      not null,
    created_by varchar(50),
    created_at timestamptz not null default now(),
    unique (payroll_id, sequence)
);

-- One payment per recipient, programme and month, whatever happens: the unique key is what makes a
-- re-run after a crash, or a second click, pay nobody twice. for_month is the month the money is for;
-- a payroll carries months missed before (arrears) as rows of their own.
create table payment.payments (
    id             bigint generated always as identity primary key,
    payroll_id     bigint       not null references payment.payrolls (id),
    recipient_id   bigint       not null,
    case_number    varchar(20)  not null,
    village_code   varchar(12)  not null,
    programme      varchar(20)  not null,
    for_month      date         not null check (extract(day from for_month) = 1),
    amount_fen     bigint       not null check (amount_fen > 0),
    account_id     bigint       not null references payment.accounts (id),
    status         varchar(10)  not null default 'PENDING'
                   check (status in ('PENDING', 'SENT', 'PAID', 'FAILED')),
    batch_id       bigint       references payment.bank_batches (id),
    failure_reason varchar(200),
    bank_reference varchar(40),
    paid_on        date,
    demo           boolean      not null default false,
    unique (recipient_id, programme, for_month)
);

create index payments_payroll_idx on payment.payments (payroll_id, village_code);
create index payments_batch_idx on payment.payments (batch_id);
