-- The registry's households and persons are partitioned by the county they live in, like the audit log
-- (audit/V3): county_code is the first six digits of the household's village code, and a person takes the
-- household's. A county's or township's list pages then read one partition of each table, and under Citus
-- (docs/scale.md) the same column distributes them, with the tables below co-located on it.
--
-- HASH into eight partitions, for the audit log's reason: a new or renamed county needs no DDL.
--
-- A partitioned table's unique keys must contain the partition key, so the primary keys are
-- (county_code, id); ids stay unique because only each table's identity sequence hands them out, and the
-- new identity sequences continue where the old ones stopped. The tables that point at households and
-- persons (category_periods, tasks, warnings) carry county_code too, and their foreign keys name it, so a
-- household's rows always share its county. When an import moves a household to another county, the key
-- is updated with ON UPDATE CASCADE (a cross-partition update runs the foreign keys' update action from
-- PostgreSQL 15 on, rather than a delete and an insert).
create table registry.households_by_county (
    id          bigint generated always as identity,
    number      varchar(20)  not null,
    region_code varchar(12)  not null constraint households_region_code_check check (region_code ~ '^[0-9]{12}$'),
    address     varchar(200) not null,
    hukou_type  varchar(10)  not null constraint households_hukou_type_check check (hukou_type in ('URBAN', 'RURAL')),
    categories  text[]       not null default '{}',
    demo        boolean      not null default false,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    version     bigint       not null default 0,
    assets_fen  bigint       constraint households_assets_fen_check check (assets_fen >= 0),
    county_code char(6)      not null,
    -- A partition key cannot be a generated column, so the writer supplies it and this keeps it honest.
    constraint households_county_code_check check (county_code = left(region_code, 6))
) partition by hash (county_code);

create table registry.households_p0 partition of registry.households_by_county for values with (modulus 8, remainder 0);
create table registry.households_p1 partition of registry.households_by_county for values with (modulus 8, remainder 1);
create table registry.households_p2 partition of registry.households_by_county for values with (modulus 8, remainder 2);
create table registry.households_p3 partition of registry.households_by_county for values with (modulus 8, remainder 3);
create table registry.households_p4 partition of registry.households_by_county for values with (modulus 8, remainder 4);
create table registry.households_p5 partition of registry.households_by_county for values with (modulus 8, remainder 5);
create table registry.households_p6 partition of registry.households_by_county for values with (modulus 8, remainder 6);
create table registry.households_p7 partition of registry.households_by_county for values with (modulus 8, remainder 7);

create table registry.persons_by_county (
    id                  bigint generated always as identity,
    household_id        bigint       not null,
    name                varchar(50)  not null,
    id_number_cipher    bytea        not null,
    id_number_index     varchar(64)  not null,
    sex                 char(1)      not null constraint persons_sex_check check (sex in ('1', '2')),
    birth_date          date         not null,
    relationship        varchar(10)  not null,
    head                boolean      not null default false,
    phone_cipher        bytea,
    phone_index         varchar(64),
    disability_category varchar(10),
    disability_grade    varchar(10),
    work_ability        varchar(10)  not null
                        constraint persons_work_ability_check check (work_ability in ('FULL', 'PARTIAL', 'NONE')),
    created_at          timestamptz  not null default now(),
    monthly_income_fen  bigint       constraint persons_monthly_income_fen_check check (monthly_income_fen >= 0),
    county_code         char(6)      not null
) partition by hash (county_code);

create table registry.persons_p0 partition of registry.persons_by_county for values with (modulus 8, remainder 0);
create table registry.persons_p1 partition of registry.persons_by_county for values with (modulus 8, remainder 1);
create table registry.persons_p2 partition of registry.persons_by_county for values with (modulus 8, remainder 2);
create table registry.persons_p3 partition of registry.persons_by_county for values with (modulus 8, remainder 3);
create table registry.persons_p4 partition of registry.persons_by_county for values with (modulus 8, remainder 4);
create table registry.persons_p5 partition of registry.persons_by_county for values with (modulus 8, remainder 5);
create table registry.persons_p6 partition of registry.persons_by_county for values with (modulus 8, remainder 6);
create table registry.persons_p7 partition of registry.persons_by_county for values with (modulus 8, remainder 7);

insert into registry.households_by_county
    (id, number, region_code, address, hukou_type, categories, demo, created_at, updated_at, version, assets_fen,
     county_code)
overriding system value
select id, number, region_code, address, hukou_type, categories, demo, created_at, updated_at, version, assets_fen,
       left(region_code, 6)
from registry.households
order by id;

insert into registry.persons_by_county
    (id, household_id, name, id_number_cipher, id_number_index, sex, birth_date, relationship, head, phone_cipher,
     phone_index, disability_category, disability_grade, work_ability, created_at, monthly_income_fen, county_code)
overriding system value
select p.id, p.household_id, p.name, p.id_number_cipher, p.id_number_index, p.sex, p.birth_date, p.relationship,
       p.head, p.phone_cipher, p.phone_index, p.disability_category, p.disability_grade, p.work_ability,
       p.created_at, p.monthly_income_fen, left(h.region_code, 6)
from registry.persons p join registry.households h on h.id = p.household_id
order by p.id;

-- The new identity sequences go on from the old ones, so no id is handed out twice.
select setval(pg_get_serial_sequence('registry.households_by_county', 'id'), s.last_value, s.is_called)
from registry.households_id_seq s;
select setval(pg_get_serial_sequence('registry.persons_by_county', 'id'), s.last_value, s.is_called)
from registry.persons_id_seq s;

-- The rows that point at households and persons take their household's county.
alter table registry.category_periods add column county_code char(6);
alter table registry.tasks add column county_code char(6);
alter table registry.warnings add column county_code char(6);
update registry.category_periods c set county_code = left(h.region_code, 6)
from registry.households h where h.id = c.household_id;
update registry.tasks t set county_code = left(h.region_code, 6)
from registry.households h where h.id = t.household_id;
update registry.warnings w set county_code = left(h.region_code, 6)
from registry.households h where h.id = w.household_id;
alter table registry.category_periods alter column county_code set not null;
alter table registry.tasks alter column county_code set not null;
alter table registry.warnings alter column county_code set not null;

alter table registry.category_periods drop constraint category_periods_household_id_fkey;
alter table registry.tasks drop constraint tasks_household_id_fkey;
alter table registry.warnings drop constraint warnings_household_id_fkey;
alter table registry.warnings drop constraint warnings_person_id_fkey;

drop table registry.persons;
drop table registry.households;
alter table registry.households_by_county rename to households;
alter table registry.persons_by_county rename to persons;
alter sequence registry.households_by_county_id_seq rename to households_id_seq;
alter sequence registry.persons_by_county_id_seq rename to persons_id_seq;

alter table registry.households add constraint households_pkey primary key (county_code, id);
-- Numbers are unique city-wide by construction (one sequence numbers every household); the key the table
-- can enforce is per county.
alter table registry.households add constraint households_number_key unique (county_code, number);
alter table registry.persons add constraint persons_pkey primary key (county_code, id);

-- The primary keys no longer start with id: these keep look-ups by id alone (a household's page, another
-- module's reference) cheap, one index probe per partition.
create index households_id_idx on registry.households (id);
create index households_region_idx on registry.households (region_code varchar_pattern_ops);
create index households_categories_idx on registry.households using gin (categories);
create index persons_id_idx on registry.persons (id);
create index persons_id_number_idx on registry.persons (id_number_index);
create unique index persons_one_head_idx on registry.persons (county_code, household_id) where head;
create index persons_household_idx on registry.persons (household_id);
create index persons_phone_idx on registry.persons (phone_index) where phone_index is not null;

alter table registry.persons add constraint persons_household_fkey foreign key (county_code, household_id)
    references registry.households (county_code, id) on delete cascade on update cascade;
alter table registry.category_periods add constraint category_periods_household_fkey
    foreign key (county_code, household_id)
    references registry.households (county_code, id) on delete cascade on update cascade;
alter table registry.tasks add constraint tasks_household_fkey foreign key (county_code, household_id)
    references registry.households (county_code, id) on delete cascade on update cascade;
alter table registry.warnings add constraint warnings_household_fkey foreign key (county_code, household_id)
    references registry.households (county_code, id) on delete cascade on update cascade;
-- Only person_id is cleared when the person goes: county_code stays the household's.
alter table registry.warnings add constraint warnings_person_fkey foreign key (county_code, person_id)
    references registry.persons (county_code, id) on delete set null (person_id) on update cascade;

-- A person belongs to at most one household, city-wide: the ID number's blind index was unique over the
-- whole table. On a partitioned table a unique index must contain county_code, which would only keep an ID
-- number unique within one county. This unpartitioned table holds each registered ID number once and is
-- kept by a trigger on persons, so registering someone who lives in another county's household fails with
-- a unique violation, as before. It also tells in which county a person lives, for look-ups by ID number.
create table registry.person_id_numbers (
    id_number_index varchar(64) not null constraint person_id_numbers_pkey primary key,
    county_code     char(6)     not null,
    person_id       bigint      not null
);

insert into registry.person_id_numbers (id_number_index, county_code, person_id)
select id_number_index, county_code, id from registry.persons;

create function registry.keep_person_id_numbers() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        delete from registry.person_id_numbers where id_number_index = old.id_number_index and person_id = old.id;
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        insert into registry.person_id_numbers (id_number_index, county_code, person_id)
        values (new.id_number_index, new.county_code, new.id);
    end if;
    return null;
end
$$;

-- Cloned to every partition. A person moving to another county's partition fires delete and insert.
create trigger persons_id_number_unique
    after insert or delete or update of id_number_index, county_code on registry.persons
    for each row execute function registry.keep_person_id_numbers();
