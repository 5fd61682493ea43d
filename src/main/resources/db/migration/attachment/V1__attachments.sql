create schema if not exists attachment;

-- One row per kept file; the content lives in the file store under storage_key (random, never derived
-- from the sender's file name). owner/owner_id name the record of another module the file belongs to,
-- by id only: no foreign keys across schemas. owner_id stays null while a citizen uploads before the
-- application exists; such rows are removed after a day if nothing claims them.
create table attachment.files (
    id            uuid         primary key,
    storage_key   varchar(64)  not null unique,
    display_name  varchar(100) not null,
    media_type    varchar(50)  not null,
    size_bytes    bigint       not null check (size_bytes > 0),
    sm3           char(64)     not null,
    owner         varchar(60)  not null,
    owner_id      varchar(80),
    uploaded_at   timestamptz  not null,
    -- Staff username; null for citizens, who upload without an account.
    uploaded_by   varchar(40)
);
create index files_owner_idx on attachment.files (owner, owner_id);
create index files_unattached_idx on attachment.files (uploaded_at) where owner_id is null;
