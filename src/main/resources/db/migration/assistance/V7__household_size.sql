-- The number of household members at enrolment, which the public lists may show (REFERENCE.md §2.5:
-- name, household size and amount). Added to the published view at its end.
alter table assistance.recipients add column household_size integer check (household_size between 1 and 30);

update assistance.recipients r
set household_size = c.household_size
from assistance.cases c
where c.number = r.case_number and r.household_size is null;

create or replace view assistance.payable_recipients as
select id, case_number, village_code, programme, kind, head_name, amount_fen, start_month, end_month, status,
       suspended_from, demo, household_size
from assistance.recipients;
