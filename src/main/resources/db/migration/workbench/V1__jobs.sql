create schema if not exists workbench;

-- Background jobs (imports, screening runs) and what their owners read about them. A running job's
-- instance writes heartbeat_at every minute; a job whose instance died stops beating and is closed
-- as failed by whichever instance sweeps next, so no job stays "running" for ever.
create table workbench.jobs (
    id               bigint generated always as identity primary key,
    kind             varchar(40)   not null,
    title            varchar(200)  not null,
    owner_account_id bigint,
    owner_name       varchar(50),
    region_code      varchar(12)   not null check (region_code ~ '^[0-9]{2,12}$'),
    status           varchar(10)   not null check (status in ('RUNNING', 'SUCCEEDED', 'FAILED')),
    stage            varchar(200),
    total            bigint        not null default 0,
    done             bigint        not null default 0,
    summary          varchar(1000),
    result_path      varchar(300),
    started_at       timestamptz   not null default now(),
    heartbeat_at     timestamptz   not null default now(),
    finished_at      timestamptz,
    -- when the owner saw the ending; a finished job not yet seen is a notice
    seen_at          timestamptz
);

create index jobs_owner_idx on workbench.jobs (owner_account_id, started_at desc);
create index jobs_region_idx on workbench.jobs (region_code varchar_pattern_ops, started_at desc);
create index jobs_running_idx on workbench.jobs (heartbeat_at) where status = 'RUNNING';
