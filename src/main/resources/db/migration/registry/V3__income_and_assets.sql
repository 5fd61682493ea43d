-- What the collection file (入户采集表) reports about means: the household's countable assets and each
-- person's own monthly income, in fen. Null is "not collected yet", which rules read as unknown, never
-- as zero.
alter table registry.households add column assets_fen bigint check (assets_fen >= 0);
alter table registry.persons add column monthly_income_fen bigint check (monthly_income_fen >= 0);
