-- When a household belonged to a low-income category (低保 from May, 低保边缘 until March …): one row per
-- period, open while the category lasts. The household's categories column stays the current set the
-- rules read; these rows are its history.
create table registry.category_periods (
    id           bigint generated always as identity primary key,
    household_id bigint      not null references registry.households (id) on delete cascade,
    category     varchar(12) not null,
    started_on   date        not null,
    ended_on     date,
    check (ended_on is null or ended_on >= started_on)
);

create unique index category_periods_open_idx on registry.category_periods (household_id, category)
    where ended_on is null;

insert into registry.category_periods (household_id, category, started_on)
select h.id, c, (h.created_at at time zone 'Asia/Shanghai')::date
from registry.households h cross join lateral unnest(h.categories) c;
