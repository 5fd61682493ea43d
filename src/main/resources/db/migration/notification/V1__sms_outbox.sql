create schema if not exists notification;

-- The transactional outbox of text messages: a row is written in the business transaction and sent
-- by the dispatcher after commit, so a rolled-back change sends nothing and a gateway outage or a
-- restart loses nothing. Phones are SM4-encrypted (context notification.sms_outbox.phone); the
-- masked form is kept beside it so that the console list decrypts nothing.
create table notification.sms_outbox (
    id              bigint generated always as identity primary key,
    phone_encrypted bytea        not null,
    phone_index     varchar(64)  not null,
    phone_masked    varchar(20)  not null,
    text            varchar(300) not null,
    purpose         varchar(80)  not null,
    reference       varchar(64),
    -- One-time codes: the console shows their digits as stars, and they are starred in the row once sent.
    secret          boolean      not null default false,
    status          varchar(10)  not null default 'PENDING'
                    check (status in ('PENDING', 'RETRYING', 'SENT', 'FAILED')),
    attempts        integer      not null default 0 check (attempts >= 0),
    next_attempt_at timestamptz,
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    last_error      varchar(300)
);
-- What the dispatcher scans: only the few rows still waiting.
create index sms_outbox_due_idx on notification.sms_outbox (next_attempt_at)
    where status in ('PENDING', 'RETRYING');
create index sms_outbox_newest_idx on notification.sms_outbox (created_at desc, id desc);
create index sms_outbox_phone_idx on notification.sms_outbox (phone_index);

-- What the development gateway "delivered": a stand-in for the citizen's handset where no SMS
-- provider is configured.
create table notification.dev_inbox (
    id              bigint generated always as identity primary key,
    phone_encrypted bytea        not null,
    phone_index     varchar(64)  not null,
    text            varchar(300) not null,
    received_at     timestamptz  not null
);
create index dev_inbox_phone_idx on notification.dev_inbox (phone_index, received_at desc);

-- One-time codes: only an HMAC-SM3 of phone, purpose and code is kept; the phone only as blind index.
create table notification.one_time_codes (
    id          bigint generated always as identity primary key,
    phone_index varchar(64) not null,
    purpose     varchar(80) not null,
    code_hash   varchar(64) not null,
    issued_at   timestamptz not null,
    expires_at  timestamptz not null,
    wrong_tries integer     not null default 0 check (wrong_tries >= 0),
    consumed_at timestamptz
);
create index one_time_codes_phone_idx on notification.one_time_codes (phone_index, issued_at desc);
