-- 政策找人: runs of the screening of every policy's rule against every registered household, and what
-- each run found. A finding is a household (or one of its members) that qualifies for a policy it is not
-- recorded as receiving. Findings are kept for the newest run of a region only; the run rows stay as
-- history.

-- What shows that a household receives a policy: a low-income category that the platform records when
-- the benefit is granted (低保 → dibao …), or that brings the benefit with it without an application of
-- its own (分类施保, 资助参保, 取暖 and utility allowances follow the 低保 or 特困 decision: 一次认定、多方
-- 共享). A policy with no marker cannot be checked for receipt; its findings say so instead of claiming
-- the household receives nothing. The rows name the policy codes of the bundled catalogue; a bureau with
-- its own codes edits them.
create table policy.receipt_markers (
    policy_code varchar(20) not null,
    category    varchar(12) not null,
    primary key (policy_code, category)
);

insert into policy.receipt_markers (policy_code, category) values
    ('MZ-01', 'dibao'),
    ('MZ-02', 'dibao'),
    ('MZ-03', 'dibao'),
    ('MZ-04', 'tekun'),
    ('MZ-07', 'edge'),
    ('MZ-08', 'rigid'),
    ('MZ-20', 'dibao'),
    ('MZ-20', 'tekun'),
    ('MZ-21', 'dibao'),
    ('YB-01', 'dibao'),
    ('YB-01', 'tekun'),
    ('YB-01', 'monitored'),
    ('YB-02', 'dibao'),
    ('YB-02', 'tekun'),
    ('YB-02', 'edge'),
    ('YB-02', 'rigid'),
    ('YB-03', 'dibao'),
    ('YB-03', 'tekun'),
    ('YB-03', 'monitored'),
    ('RS-01', 'dibao'),
    ('RS-01', 'tekun'),
    ('RS-01', 'monitored');

create table policy.screening_runs (
    id            bigint generated always as identity primary key,
    -- the region screened and its significant digits, to find the newest run covering a village
    region_code   varchar(12)  not null check (region_code ~ '^[0-9]{12}$'),
    region_prefix varchar(12)  not null,
    day           date         not null,
    trigger       varchar(10)  not null check (trigger in ('NIGHTLY', 'ON_DEMAND')),
    started_by    varchar(50),
    status        varchar(10)  not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    job_id        bigint,
    policies      integer      not null default 0,
    households    bigint       not null default 0,
    persons       bigint       not null default 0,
    findings      bigint       not null default 0,
    found_households bigint    not null default 0,
    started_at    timestamptz  not null default now(),
    finished_at   timestamptz
);

create index screening_runs_done_idx on policy.screening_runs (region_prefix, finished_at desc) where status = 'DONE';

create table policy.screening_findings (
    run_id           bigint       not null references policy.screening_runs (id) on delete cascade,
    household_id     bigint       not null,
    household_number varchar(20)  not null,
    village_code     varchar(12)  not null,
    policy_code      varchar(20)  not null,
    -- the member the policy is for; null for a household policy
    person_id        bigint,
    person_name      varchar(50)  not null,
    -- false when no marker tells whether the household already receives the policy
    receipt_known    boolean      not null
);

create index screening_findings_village_idx on policy.screening_findings (run_id, village_code, household_id);
create index screening_findings_household_idx on policy.screening_findings (household_id, run_id);
