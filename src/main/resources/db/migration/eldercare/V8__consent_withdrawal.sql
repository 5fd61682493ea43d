-- A consent can be withdrawn (PIPL art. 15). The row is kept so the history shows what was agreed and when it
-- ended; a withdrawal never lies before the consent it ends, and its date and author go together.
alter table eldercare.elder_consents
    add column withdrawn_on date,
    add column withdrawn_by varchar(50),
    add constraint elder_consents_withdrawal_complete check ((withdrawn_on is null) = (withdrawn_by is null)),
    add constraint elder_consents_withdrawal_after check (withdrawn_on is null or withdrawn_on >= consented_on);
