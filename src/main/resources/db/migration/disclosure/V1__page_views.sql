create schema if not exists disclosure;

-- How often the public lists (码上查) are opened: one row per region, page and calendar month of the
-- viewing, counted up in place by batches from memory. region_code is the region the page shows (a
-- village, township, county or the city), so staff see their own area by prefix.
create table disclosure.page_views (
    region_code varchar(12) not null check (region_code ~ '^[0-9]{12}$'),
    page        varchar(10) not null check (page in ('LIST', 'STATS')),
    month       date        not null check (extract(day from month) = 1),
    views       bigint      not null check (views >= 0),
    primary key (region_code, page, month)
);

create index page_views_month_idx on disclosure.page_views (month, region_code varchar_pattern_ops);
