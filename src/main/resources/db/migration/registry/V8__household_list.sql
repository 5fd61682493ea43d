-- The staff household list is ordered by village and household number and cut to a page. With the scope given
-- as a range of region codes (HouseholdListQuery), this index hands each partition's households of a scope in
-- that order, so a page reads a page's worth of entries instead of sorting every household of the scope, and
-- the count of a scope is an index-only scan. The pattern index (V7) stays for the prefix look-ups elsewhere.
create index households_region_number_idx on registry.households (region_code, number);

-- A search for a head of household by part of the name ("张伟" finds 张伟 and 张伟华). A trigram index cannot
-- serve it: most names are two or three characters, shorter than a trigram. The single characters and pairs of
-- adjacent characters of a name are few (five for a three-character name), so an index over them finds the
-- heads whose name holds every character and pair of the text searched for; `like` then checks the order.
create function registry.name_grams(name text) returns text[]
    language sql immutable strict parallel safe
as $$
    select coalesce(array_agg(distinct substr(name, i, width)), '{}')
    from generate_series(1, char_length(name)) as i, (values (1), (2)) as widths (width)
    where i + width - 1 <= char_length(name)
$$;

create index persons_head_name_grams_idx on registry.persons using gin (registry.name_grams(name)) where head;

-- How many households each village has, in all (category '') and per category. The household list's total for a
-- scope, unless it searches for text, is a sum over the scope's villages (a city has a few thousand) instead of a
-- count over its households (a million). Statement triggers add up each statement's rows, so a bulk import
-- changes each village's figures once, and an update that moves no household between villages or categories
-- changes nothing. The rows are taken in key order, so that two imports cannot deadlock on them. (No check that
-- a figure stays positive: PostgreSQL would check the proposed row of an upsert that subtracts, before it finds
-- the row to update; HouseholdCountsTests compares the figures with a count instead.)
create table registry.household_counts (
    region_code varchar(12) not null,
    category    varchar(20) not null,
    households  bigint      not null,
    constraint household_counts_pkey primary key (region_code, category)
);

insert into registry.household_counts (region_code, category, households)
select h.region_code, k.category, count(*)
from registry.households h
cross join lateral (select distinct x from unnest(h.categories || ''::text) as x) as k (category)
group by 1, 2;

-- One function for the four triggers below: each row in new_rows counts +1, each in old_rows -1.
create function registry.count_households() returns trigger language plpgsql as $$
declare
    changed text := case tg_op
        when 'INSERT' then 'select region_code, categories, 1 as households from new_rows'
        when 'DELETE' then 'select region_code, categories, -1 as households from old_rows'
        else 'select region_code, categories, 1 as households from new_rows
              union all select region_code, categories, -1 from old_rows' end;
begin
    if tg_op = 'TRUNCATE' then
        delete from registry.household_counts;
        return null;
    end if;
    execute format($sql$
        insert into registry.household_counts as c (region_code, category, households)
        select changed.region_code, k.category, sum(changed.households)
        from (%s) as changed
        cross join lateral (select distinct x from unnest(changed.categories || ''::text) as x) as k (category)
        group by 1, 2
        having sum(changed.households) <> 0
        order by 1, 2
        on conflict (region_code, category) do update set households = c.households + excluded.households
        $sql$, changed);
    return null;
end
$$;

create trigger households_counted_insert after insert on registry.households
    referencing new table as new_rows for each statement execute function registry.count_households();
create trigger households_counted_update after update on registry.households
    referencing old table as old_rows new table as new_rows
    for each statement execute function registry.count_households();
create trigger households_counted_delete after delete on registry.households
    referencing old table as old_rows for each statement execute function registry.count_households();
create trigger households_counted_truncate after truncate on registry.households
    for each statement execute function registry.count_households();
