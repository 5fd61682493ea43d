-- A city-wide run writes millions of findings; each index is paid for on every row. The household
-- page reaches its findings through the village index (run, village, household), so the second
-- index goes.
drop index policy.screening_findings_household_idx;
