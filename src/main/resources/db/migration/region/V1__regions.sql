create schema if not exists region;

-- NBS 统计用区划代码, 12 digits (PP CC DD TTT VVV), the level derived from the trailing zero groups.
create table region.regions (
    code              varchar(12)  primary key check (code ~ '^[0-9]{12}$'),
    name              varchar(100) not null,
    level             varchar(10)  not null check (level in ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE')),
    parent_code       varchar(12)  references region.regions (code),
    -- 城乡分类代码 of village-level units (111 主城区 … 220 村庄), where known.
    urban_rural_class char(3),
    -- True for generated rows that stand in until the official village file is imported.
    demo              boolean      not null default false,
    -- Year of the NBS release the row came from.
    code_version      smallint,
    updated_at        timestamptz  not null default now()
);
create index regions_parent_idx on region.regions (parent_code, code);
create index regions_code_prefix_idx on region.regions (code varchar_pattern_ops);
create index regions_name_idx on region.regions (name varchar_pattern_ops);
