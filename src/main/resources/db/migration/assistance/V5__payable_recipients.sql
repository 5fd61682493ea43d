-- The recipients register as the payment module reads it when it builds a monthly payroll in one
-- set-based statement: a view (the columns payment may rely on) and two functions over the history,
-- so that months missed are paid with the amount that was in force then and suspended months not
-- at all. These three are the assistance module's published database interface; payment copies
-- nothing and writes nothing here.
create view assistance.payable_recipients as
select id, case_number, village_code, programme, kind, head_name, amount_fen, start_month, end_month, status,
       suspended_from, demo
from assistance.recipients;

-- The monthly amount in force in a month: the last amount set with an effective month not after it.
create function assistance.amount_in(recipient bigint, month date) returns bigint
    language sql stable as $$
    select coalesce(
        (select e.amount_after_fen from assistance.recipient_events e
         where e.recipient_id = recipient and e.amount_after_fen is not null
           and coalesce(e.effective_month, date_trunc('month', e.at)::date) <= month
         order by coalesce(e.effective_month, date_trunc('month', e.at)::date) desc, e.at desc, e.id desc
         limit 1),
        (select r.amount_fen from assistance.recipients r where r.id = recipient))
$$;

-- Whether the benefit ran in a month: false when the last suspension or resumption in force then was a suspension.
create function assistance.runs_in(recipient bigint, month date) returns boolean
    language sql stable as $$
    select coalesce(
        (select e.event = 'RESUMED' from assistance.recipient_events e
         where e.recipient_id = recipient and e.event in ('SUSPENDED', 'RESUMED') and e.effective_month <= month
         order by e.effective_month desc, e.at desc, e.id desc
         limit 1),
        true)
$$;
