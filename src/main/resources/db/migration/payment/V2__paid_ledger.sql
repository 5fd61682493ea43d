-- The payment module's published read model of money paid: one row per payment the bank confirmed,
-- with what the public lists (码上查) and the personal benefit list (码上清) may use. Other modules
-- read this view, never the tables behind it.
create view payment.paid_ledger as
select x.id, x.recipient_id, x.case_number, x.village_code, x.programme, x.for_month, x.amount_fen, x.paid_on,
       r.head_name, r.household_size, r.kind, x.demo
from payment.payments x
join assistance.payable_recipients r on r.id = x.recipient_id
where x.status = 'PAID';
