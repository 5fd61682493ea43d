-- Bulk import of the caseworkers' collection file (docs/registry-collection-file.md). A batch is one
-- uploaded file; its rows are checked and loaded by COPY into import_rows, compared with the register
-- (the preview), and applied set-based when a staff member confirms. region_code is the root of the
-- uploader's data scope: the batch is seen by staff whose scope covers it.
create table registry.import_batches (
    id                 bigint generated always as identity primary key,
    file_name          varchar(255) not null,
    region_code        varchar(12)  not null check (region_code ~ '^[0-9]{12}$'),
    owner_account_id   bigint       not null,
    owner_name         varchar(100) not null,
    status             varchar(12)  not null default 'VALIDATING'
                       check (status in ('VALIDATING', 'READY', 'REFUSED', 'FAILED', 'COMMITTING', 'COMMITTED')),
    refusal            varchar(300),
    validation_job_id  bigint,
    commit_job_id      bigint,
    rows_total         integer      not null default 0,
    rows_rejected      integer      not null default 0,
    rows_added         integer      not null default 0,
    rows_changed       integer      not null default 0,
    rows_unchanged     integer      not null default 0,
    households_added   integer      not null default 0,
    households_changed integer      not null default 0,
    created_at         timestamptz  not null default now(),
    committed_at       timestamptz
);

create index import_batches_region_idx on registry.import_batches (region_code varchar_pattern_ops, id desc);

-- One row per person row of the file, valid or not. A rejected row keeps what identifies it for the
-- caseworker (line, 户编号, name, masked ID number) and why; a valid row keeps its values as they would be
-- stored (ID number encrypted and indexed), the person and household of the register it matches, and
-- what applying it would do. No foreign keys: the staging rows must cost COPY nothing but the write. The
-- checks after COPY update every row a few times without touching an indexed column: the free space left
-- in each page lets PostgreSQL do that in place (HOT) instead of adding index entries.
create table registry.import_rows (
    batch_id            bigint      not null,
    line                integer     not null,
    household_key       varchar(40) not null,
    head                boolean     not null,
    region_code         varchar(12),
    address             varchar(200),
    hukou_type          varchar(10),
    categories          text[],
    assets_fen          bigint,
    name                varchar(50),
    id_number_masked    varchar(20),
    id_number_cipher    bytea,
    id_number_index     varchar(64),
    sex                 char(1),
    birth_date          date,
    relationship        varchar(10),
    work_ability        varchar(10),
    disability_category varchar(10),
    disability_grade    varchar(10),
    monthly_income_fen  bigint,
    problem             varchar(32),
    problem_detail      varchar(100),
    person_id           bigint,
    household_id        bigint,
    outcome             varchar(10) check (outcome in ('ADDED', 'CHANGED', 'UNCHANGED', 'REJECTED')),
    changed_fields      text[],
    primary key (batch_id, line)
) with (fillfactor = 60);

create index import_rows_id_index_idx on registry.import_rows (batch_id, id_number_index);
create index import_rows_household_idx on registry.import_rows (batch_id, household_key);

-- The households of a batch whose rows are all valid: the register's household they update (matched
-- through their members), or, once committed, the id of the household they created.
create table registry.import_households (
    batch_id       bigint       not null,
    household_key  varchar(40)  not null,
    household_id   bigint,
    added          boolean      not null default false,
    region_code    varchar(12)  not null,
    address        varchar(200) not null,
    hukou_type     varchar(10)  not null,
    categories     text[]       not null,
    assets_fen     bigint,
    changed_fields text[]       not null default '{}',
    primary key (batch_id, household_key)
);
