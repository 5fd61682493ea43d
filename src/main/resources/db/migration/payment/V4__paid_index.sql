-- The public lists (码上查) read the paid ledger by area, programme and month; without this index every
-- list would scan all payments ever made.
create index payments_paid_idx on payment.payments (village_code varchar_pattern_ops, programme, for_month)
    where status = 'PAID';
