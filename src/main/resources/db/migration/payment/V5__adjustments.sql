-- A new amount effective in a month already in a payroll is settled by an adjustment payment for that
-- month (补差): the difference between the amount in force then and what the month's payments already
-- hold. An adjustment is keyed by the amount it brings the month to, so two runs computing the same
-- adjustment still add it once; the regular payment stays one per recipient, programme and month.
alter table payment.payments add column kind varchar(10) not null default 'REGULAR'
    check (kind in ('REGULAR', 'ADJUSTMENT'));
alter table payment.payments add column target_fen bigint;
alter table payment.payments add constraint payments_adjustment_target check ((kind = 'ADJUSTMENT') = (target_fen is not null));
alter table payment.payments drop constraint payments_recipient_id_programme_for_month_key;
create unique index payments_regular_key on payment.payments (recipient_id, programme, for_month)
    where kind = 'REGULAR';
create unique index payments_adjustment_key on payment.payments (recipient_id, programme, for_month, target_fen)
    where kind = 'ADJUSTMENT';

-- The published ledger keeps one row per recipient and month: a month's regular payment and its
-- adjustments add up to what the household received for it.
create or replace view payment.paid_ledger as
select min(x.id) as id, x.recipient_id, x.case_number, x.village_code, x.programme, x.for_month,
       sum(x.amount_fen)::bigint as amount_fen, max(x.paid_on) as paid_on,
       r.head_name, r.household_size, r.kind, x.demo
from payment.payments x
join assistance.payable_recipients r on r.id = x.recipient_id
where x.status = 'PAID'
group by x.recipient_id, x.case_number, x.village_code, x.programme, x.for_month, r.head_name, r.household_size,
         r.kind, x.demo;
