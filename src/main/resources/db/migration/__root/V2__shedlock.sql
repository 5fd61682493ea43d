-- ShedLock's lock table: a scheduled job (nightly screening, sweeps) takes its row before it runs, so
-- with two or more instances behind a load balancer it runs on one of them only. Times come from the
-- database clock, not from each instance's.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);
