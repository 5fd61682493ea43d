-- The procedure after acceptance (低保办法 art. 15-22; 特困办法; 临时救助 2018 opinion): the home
-- visit with its means test, the township's 7-day public notice with objections, the county's
-- confirmation, and the fast track of 临时救助 (先行救助).

alter table assistance.cases
    -- The whole procedure's legal deadline from acceptance (art. 22: 30 working days, 45 after an objection).
    add column final_deadline  date,
    add column notice_from     date,
    add column notice_until    date,
    -- The amount the county approved: monthly for 低保/特困, one-off for 临时救助.
    add column approved_fen    bigint check (approved_fen >= 0),
    add column approved_on     date,
    add column start_month     date,
    -- 临时救助 paid first (先行救助) before the file was completed.
    add column advanced        boolean not null default false,
    -- The hukou type stated when 临时救助 is paid first, before any home visit recorded it.
    add column advance_hukou   varchar(5) check (advance_hukou in ('URBAN', 'RURAL'));

alter table assistance.cases drop constraint if exists cases_status_check;
alter table assistance.cases add constraint cases_status_check check (status in
    ('SUBMITTED', 'ACCEPTED', 'RETURNED', 'REJECTED', 'INVESTIGATED', 'ON_NOTICE', 'CONFIRMED', 'REFUSED',
     'ADVANCED', 'ENROLLED'));

drop index assistance.cases_deadline_idx;
create index cases_deadline_idx on assistance.cases (deadline)
    where status in ('SUBMITTED', 'ACCEPTED', 'INVESTIGATED', 'ON_NOTICE');

-- The home visit (入户调查) and the means test recorded on it. One per case: a re-investigation after
-- an upheld objection edits the same record, the steps keep the history. The members' ID numbers
-- inside the document are SM4-GCM ciphertexts (base64), never clear text. version guards two
-- caseworkers saving at once: a save on an older version is refused, never merged silently.
create table assistance.home_visits (
    case_id        bigint       primary key references assistance.cases (id) on delete cascade,
    document       jsonb        not null,
    -- What the means test concluded on the last save, for lists and the county's review.
    eligible       boolean,
    per_capita_fen bigint,
    amount_fen     bigint,
    completed_at   timestamptz,
    saved_by       varchar(50)  not null,
    saved_at       timestamptz  not null default now(),
    version        bigint       not null default 0
);

-- Objections raised during the public notice (art. 19) and how the township resolved them.
create table assistance.objections (
    id          bigint generated always as identity primary key,
    case_id     bigint       not null references assistance.cases (id) on delete cascade,
    raised_on   date         not null,
    objector    varchar(20),
    content     varchar(500) not null,
    recorded_by varchar(50)  not null,
    recorded_at timestamptz  not null default now(),
    upheld      boolean,
    resolution  varchar(500),
    resolved_by varchar(50),
    resolved_at timestamptz,
    check ((resolved_at is null) = (upheld is null))
);

create index objections_case_idx on assistance.objections (case_id);

-- The six digits after the date would overflow after a million cases; cycling keeps numbers six
-- digits long, and the date in front keeps them unique unless a million cases arrive in one day.
alter sequence assistance.case_number_seq maxvalue 999999 cycle;
