-- The registry household a recipient belongs to, so that the personal benefit list (码上清) finds the
-- benefits of a citizen's household. Added to the published view at its end.
create or replace view assistance.payable_recipients as
select id, case_number, village_code, programme, kind, head_name, amount_fen, start_month, end_month, status,
       suspended_from, demo, household_size, household_id
from assistance.recipients;
