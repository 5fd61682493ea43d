-- Payments are partitioned by the county of the village paid, like the registry's households (registry/V7)
-- and the audit log (audit/V3): county_code is the first six digits of village_code. A county's or township's
-- payroll pages and public lists then read one partition, and under Citus (docs/scale.md) the same column
-- distributes the table.
--
-- HASH into eight partitions, for the audit log's reason: a new or renamed county needs no DDL.
--
-- A payment never changes its village: it is paid where the recipient lived when the payroll ran, so a
-- payment stays in its county's partition when the recipient moves. The primary key is (county_code, id);
-- ids stay unique because only the identity sequence hands them out, and the new one goes on from the old.
create table payment.payments_by_county (
    id             bigint generated always as identity,
    payroll_id     bigint       not null,
    recipient_id   bigint       not null,
    case_number    varchar(20)  not null,
    village_code   varchar(12)  not null,
    programme      varchar(20)  not null,
    for_month      date         not null constraint payments_for_month_check check (extract(day from for_month) = 1),
    amount_fen     bigint       not null constraint payments_amount_fen_check check (amount_fen > 0),
    account_id     bigint       not null,
    status         varchar(10)  not null default 'PENDING'
                   constraint payments_status_check check (status in ('PENDING', 'SENT', 'PAID', 'FAILED')),
    batch_id       bigint,
    failure_reason varchar(200),
    bank_reference varchar(40),
    paid_on        date,
    demo           boolean      not null default false,
    kind           varchar(10)  not null default 'REGULAR'
                   constraint payments_kind_check check (kind in ('REGULAR', 'ADJUSTMENT')),
    target_fen     bigint,
    county_code    char(6)      not null,
    constraint payments_adjustment_target check ((kind = 'ADJUSTMENT') = (target_fen is not null)),
    -- A partition key cannot be a generated column, so the writer supplies it and this keeps it honest.
    constraint payments_county_code_check check (county_code = left(village_code, 6))
) partition by hash (county_code);

create table payment.payments_p0 partition of payment.payments_by_county for values with (modulus 8, remainder 0);
create table payment.payments_p1 partition of payment.payments_by_county for values with (modulus 8, remainder 1);
create table payment.payments_p2 partition of payment.payments_by_county for values with (modulus 8, remainder 2);
create table payment.payments_p3 partition of payment.payments_by_county for values with (modulus 8, remainder 3);
create table payment.payments_p4 partition of payment.payments_by_county for values with (modulus 8, remainder 4);
create table payment.payments_p5 partition of payment.payments_by_county for values with (modulus 8, remainder 5);
create table payment.payments_p6 partition of payment.payments_by_county for values with (modulus 8, remainder 6);
create table payment.payments_p7 partition of payment.payments_by_county for values with (modulus 8, remainder 7);

insert into payment.payments_by_county
    (id, payroll_id, recipient_id, case_number, village_code, programme, for_month, amount_fen, account_id, status,
     batch_id, failure_reason, bank_reference, paid_on, demo, kind, target_fen, county_code)
overriding system value
select id, payroll_id, recipient_id, case_number, village_code, programme, for_month, amount_fen, account_id, status,
       batch_id, failure_reason, bank_reference, paid_on, demo, kind, target_fen, left(village_code, 6)
from payment.payments
order by id;

-- The new identity sequence goes on from the old one, so no id is handed out twice.
select setval(pg_get_serial_sequence('payment.payments_by_county', 'id'), s.last_value, s.is_called)
from payment.payments_id_seq s;

-- The published ledger reads the table; it is made again below, with the county.
drop view payment.paid_ledger;
drop table payment.payments;
alter table payment.payments_by_county rename to payments;
alter sequence payment.payments_by_county_id_seq rename to payments_id_seq;

alter table payment.payments add constraint payments_pkey primary key (county_code, id);
alter table payment.payments add constraint payments_payroll_id_fkey
    foreign key (payroll_id) references payment.payrolls (id);
alter table payment.payments add constraint payments_account_id_fkey
    foreign key (account_id) references payment.accounts (id);
alter table payment.payments add constraint payments_batch_id_fkey
    foreign key (batch_id) references payment.bank_batches (id);

-- The primary key no longer starts with id: this keeps look-ups of one payment (a line of the bank's
-- return file) cheap, one index probe per partition.
create index payments_id_idx on payment.payments (id);
create index payments_payroll_idx on payment.payments (payroll_id, village_code);
create index payments_batch_idx on payment.payments (batch_id);
create index payments_paid_idx on payment.payments (village_code varchar_pattern_ops, programme, for_month)
    where status = 'PAID';
-- A household's own payments (码上清) are looked up by recipient, whatever county paid them.
create index payments_recipient_idx on payment.payments (recipient_id, programme, for_month);

-- The keys that a payroll run names in ON CONFLICT, so that a re-run after a crash, or a second click, in the
-- same county adds nothing. A partitioned table's unique index must contain county_code, so these hold only
-- within one county.
create unique index payments_regular_key on payment.payments (county_code, recipient_id, programme, for_month)
    where kind = 'REGULAR';
create unique index payments_adjustment_key
    on payment.payments (county_code, recipient_id, programme, for_month, target_fen)
    where kind = 'ADJUSTMENT';

-- One regular payment per recipient, programme and month, and one adjustment to each amount, city-wide: a
-- recipient belongs to one county at a time, but moves. After a move the new county's payroll owes the
-- months the old one has not paid, and a run of each county at the moment of the move would otherwise both
-- pay the same month, each within its own partition. This unpartitioned table holds each payment's key once
-- and is kept by a trigger on payments, as registry.person_id_numbers is, so the second payment of a month
-- fails with a unique violation whichever county it is filed under. Regular payments have no target_fen:
-- NULLS NOT DISTINCT (PostgreSQL 15 and later) makes a second one collide. The payroll run also reads it to
-- leave out months paid already anywhere.
create table payment.payment_keys (
    payment_id   bigint      not null constraint payment_keys_pkey primary key,
    recipient_id bigint      not null,
    programme    varchar(20) not null,
    for_month    date        not null,
    target_fen   bigint,
    constraint payment_keys_once unique nulls not distinct (recipient_id, programme, for_month, target_fen)
);

insert into payment.payment_keys (payment_id, recipient_id, programme, for_month, target_fen)
select id, recipient_id, programme, for_month, target_fen from payment.payments;

create function payment.keep_payment_keys() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        delete from payment.payment_keys where payment_id = old.id;
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        insert into payment.payment_keys (payment_id, recipient_id, programme, for_month, target_fen)
        values (new.id, new.recipient_id, new.programme, new.for_month, new.target_fen);
    end if;
    return null;
end
$$;

-- Cloned to every partition. A row that ON CONFLICT DO NOTHING skips fires nothing.
create trigger payments_once_per_month
    after insert or delete or update of recipient_id, programme, for_month, target_fen on payment.payments
    for each row execute function payment.keep_payment_keys();

-- As payment/V5 left it, with the county, so that a public list of a county or below reads one partition.
create view payment.paid_ledger as
select min(x.id) as id, x.recipient_id, x.case_number, x.village_code, x.programme, x.for_month,
       sum(x.amount_fen)::bigint as amount_fen, max(x.paid_on) as paid_on,
       r.head_name, r.household_size, r.kind, x.demo, x.county_code
from payment.payments x
join assistance.payable_recipients r on r.id = x.recipient_id
where x.status = 'PAID'
group by x.county_code, x.recipient_id, x.case_number, x.village_code, x.programme, x.for_month, r.head_name,
         r.household_size, r.kind, x.demo;
