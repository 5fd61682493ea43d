-- Part of the published interface the payroll reads (see V5): the recipients whose history holds
-- anything besides their enrolment that changes what a month pays (a new amount, a suspension or a
-- resumption). Every other recipient is paid its one amount every month, so the payroll asks the
-- per-month functions only about these few, and stays a plain join for the many.
create view assistance.changed_recipients as
select distinct recipient_id
from assistance.recipient_events
where event in ('SUSPENDED', 'RESUMED')
   or (event <> 'ENROLLED' and amount_after_fen is not null);
