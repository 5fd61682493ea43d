-- Home-service visits and their anomalies are partitioned by the county of the elder's home, like the
-- registry's households (registry/V7) and the audit log (audit/V3): county_code is the first six digits of
-- the visit's region_code, and an anomaly takes its visit's. A county's or township's visit list, dispatch
-- and supervision pages then read one partition of each table, and under Citus (docs/scale.md) the same
-- column distributes both, co-located.
--
-- HASH into eight partitions, for the audit log's reason: a new or renamed county needs no DDL.
--
-- A partitioned table's unique keys must contain the partition key, so the primary keys are (county_code, id)
-- and (county_code, visit_id, kind). Visit ids stay unique because only eldercare.visits_id_seq hands them
-- out: the new table takes over the sequence, which so goes on where it was. The anomalies' foreign key
-- names the county, so an anomaly always lies in its visit's partition; a visit whose county changes takes
-- its anomalies along with ON UPDATE CASCADE (run as an update across partitions from PostgreSQL 15 on).
create table eldercare.visits_by_county (
    id                  bigint        not null default nextval('eldercare.visits_id_seq'),
    plan_id             bigint        not null,
    bed_id              bigint        not null,
    provider_id         bigint        not null,
    region_code         varchar(12)   not null,
    item_id             bigint        not null,
    item_name           varchar(60)   not null,
    standard_minutes    integer       not null
                        constraint visits_standard_minutes_check check (standard_minutes between 1 and 480),
    unit_price_fen      bigint        not null constraint visits_unit_price_fen_check check (unit_price_fen >= 0),
    scheduled_on        date          not null,
    status              varchar(20)   not null constraint visits_status_check
                        check (status in ('PLANNED', 'DISPATCHED', 'STARTED', 'DONE', 'MISSED', 'CANCELLED')),
    caregiver_id        bigint,
    dispatched_at       timestamptz,
    dispatched_by       varchar(50),
    checked_in_at       timestamptz,
    check_in_received   timestamptz,
    check_in_latitude   numeric(9, 6) constraint visits_check_in_latitude_check
                        check (check_in_latitude between -90 and 90),
    check_in_longitude  numeric(9, 6) constraint visits_check_in_longitude_check
                        check (check_in_longitude between -180 and 180),
    checked_out_at      timestamptz,
    check_out_received  timestamptz,
    check_out_latitude  numeric(9, 6) constraint visits_check_out_latitude_check
                        check (check_out_latitude between -90 and 90),
    check_out_longitude numeric(9, 6) constraint visits_check_out_longitude_check
                        check (check_out_longitude between -180 and 180),
    service_record      varchar(500),
    confirmed_at        timestamptz,
    confirmed_by        varchar(10)   constraint visits_confirmed_by_check check (confirmed_by in ('ELDER', 'FAMILY')),
    rating              smallint      constraint visits_rating_check check (rating between 1 and 5),
    feedback            varchar(200),
    -- SM3 of the one-time link texted to the family contact at check-out
    confirm_token_hash  char(64),
    demo                boolean       not null default false,
    county_code         char(6)       not null,
    constraint visits_check check (status not in ('DISPATCHED', 'STARTED', 'DONE') or caregiver_id is not null),
    constraint visits_check1 check (status <> 'DONE' or (checked_in_at is not null and checked_out_at is not null)),
    constraint visits_check2 check (rating is null or confirmed_at is not null),
    -- A partition key cannot be a generated column, so the writer supplies it and this keeps it honest.
    constraint visits_county_code_check check (county_code = left(region_code, 6))
) partition by hash (county_code);

create table eldercare.visits_p0 partition of eldercare.visits_by_county for values with (modulus 8, remainder 0);
create table eldercare.visits_p1 partition of eldercare.visits_by_county for values with (modulus 8, remainder 1);
create table eldercare.visits_p2 partition of eldercare.visits_by_county for values with (modulus 8, remainder 2);
create table eldercare.visits_p3 partition of eldercare.visits_by_county for values with (modulus 8, remainder 3);
create table eldercare.visits_p4 partition of eldercare.visits_by_county for values with (modulus 8, remainder 4);
create table eldercare.visits_p5 partition of eldercare.visits_by_county for values with (modulus 8, remainder 5);
create table eldercare.visits_p6 partition of eldercare.visits_by_county for values with (modulus 8, remainder 6);
create table eldercare.visits_p7 partition of eldercare.visits_by_county for values with (modulus 8, remainder 7);

-- The overlapping visit of an OVERLAP anomaly is another home's, and may lie in another county: a provider
-- serves the townships listed in provider_areas, which need not share a county, and the overlap rule looks
-- at all of the caregiver's visits. So it is named with its own county, other_county_code, and its foreign
-- key is (other_county_code, other_visit_id); (county_code, other_visit_id) would refuse such an overlap.
create table eldercare.visit_anomalies_by_county (
    visit_id          bigint       not null,
    kind              varchar(30)  not null constraint visit_anomalies_kind_check
                      check (kind in ('MISSED', 'TOO_SHORT', 'OVERLAP', 'CHECK_OUT_BEFORE_CHECK_IN')),
    -- how long the visit lasted (TOO_SHORT), how far out of order (CHECK_OUT_BEFORE_CHECK_IN) or how long
    -- it overlapped the other visit (OVERLAP)
    minutes           integer,
    other_visit_id    bigint,
    -- a note in words, e.g. from a county platform's own records
    detail            varchar(200),
    found_at          timestamptz  not null default now(),
    reviewed_at       timestamptz,
    reviewed_by       varchar(50),
    review_valid      boolean,
    review_note       varchar(200),
    county_code       char(6)      not null,
    other_county_code char(6),
    constraint visit_anomalies_check check ((reviewed_at is null) = (review_valid is null)),
    constraint visit_anomalies_other_county_check check ((other_visit_id is null) = (other_county_code is null))
) partition by hash (county_code);

create table eldercare.visit_anomalies_p0 partition of eldercare.visit_anomalies_by_county for values with (modulus 8, remainder 0);
create table eldercare.visit_anomalies_p1 partition of eldercare.visit_anomalies_by_county for values with (modulus 8, remainder 1);
create table eldercare.visit_anomalies_p2 partition of eldercare.visit_anomalies_by_county for values with (modulus 8, remainder 2);
create table eldercare.visit_anomalies_p3 partition of eldercare.visit_anomalies_by_county for values with (modulus 8, remainder 3);
create table eldercare.visit_anomalies_p4 partition of eldercare.visit_anomalies_by_county for values with (modulus 8, remainder 4);
create table eldercare.visit_anomalies_p5 partition of eldercare.visit_anomalies_by_county for values with (modulus 8, remainder 5);
create table eldercare.visit_anomalies_p6 partition of eldercare.visit_anomalies_by_county for values with (modulus 8, remainder 6);
create table eldercare.visit_anomalies_p7 partition of eldercare.visit_anomalies_by_county for values with (modulus 8, remainder 7);

insert into eldercare.visits_by_county
    (id, plan_id, bed_id, provider_id, region_code, item_id, item_name, standard_minutes, unit_price_fen,
     scheduled_on, status, caregiver_id, dispatched_at, dispatched_by, checked_in_at, check_in_received,
     check_in_latitude, check_in_longitude, checked_out_at, check_out_received, check_out_latitude,
     check_out_longitude, service_record, confirmed_at, confirmed_by, rating, feedback, confirm_token_hash, demo,
     county_code)
select id, plan_id, bed_id, provider_id, region_code, item_id, item_name, standard_minutes, unit_price_fen,
       scheduled_on, status, caregiver_id, dispatched_at, dispatched_by, checked_in_at, check_in_received,
       check_in_latitude, check_in_longitude, checked_out_at, check_out_received, check_out_latitude,
       check_out_longitude, service_record, confirmed_at, confirmed_by, rating, feedback, confirm_token_hash, demo,
       left(region_code, 6)
from eldercare.visits
order by id;

insert into eldercare.visit_anomalies_by_county
    (visit_id, kind, minutes, other_visit_id, detail, found_at, reviewed_at, reviewed_by, review_valid, review_note,
     county_code, other_county_code)
select a.visit_id, a.kind, a.minutes, a.other_visit_id, a.detail, a.found_at, a.reviewed_at, a.reviewed_by,
       a.review_valid, a.review_note, left(v.region_code, 6), left(o.region_code, 6)
from eldercare.visit_anomalies a
join eldercare.visits v on v.id = a.visit_id
left join eldercare.visits o on o.id = a.other_visit_id;

-- The sequence would go with the old table.
alter sequence eldercare.visits_id_seq owned by eldercare.visits_by_county.id;
drop table eldercare.visit_anomalies;
drop table eldercare.visits;
alter table eldercare.visits_by_county rename to visits;
alter table eldercare.visit_anomalies_by_county rename to visit_anomalies;

alter table eldercare.visits add constraint visits_pkey primary key (county_code, id);
alter table eldercare.visits add constraint visits_plan_id_fkey
    foreign key (plan_id) references eldercare.service_plans (id) on delete cascade;
alter table eldercare.visits add constraint visits_bed_id_fkey foreign key (bed_id) references eldercare.beds (id);
alter table eldercare.visits add constraint visits_provider_id_fkey
    foreign key (provider_id) references eldercare.providers (id);
alter table eldercare.visits add constraint visits_item_id_fkey
    foreign key (item_id) references eldercare.service_items (id);
alter table eldercare.visits add constraint visits_caregiver_id_fkey
    foreign key (caregiver_id) references eldercare.caregivers (id);

-- The primary key no longer starts with id: this keeps look-ups of one visit by id alone (the caregiver's
-- phone, a bed's history) cheap, one index probe per partition.
create index visits_id_idx on eldercare.visits (id);
create index visits_plan on eldercare.visits (plan_id);
create index visits_region_day on eldercare.visits (region_code varchar_pattern_ops, scheduled_on);
create index visits_caregiver_day on eldercare.visits (caregiver_id, scheduled_on);
create index visits_provider_day on eldercare.visits (provider_id, scheduled_on);
-- The confirmation link was unique over the whole table; a unique index must now contain county_code and
-- would only hold per county. Nothing needs more than a look-up here: the token is 128 random bits
-- (VisitRecording), so two visits never share one in practice, and a citizen's link is found through this
-- index in each partition. A lookup table kept by a trigger would guard against nothing real.
create index visits_confirm_token on eldercare.visits (confirm_token_hash) where confirm_token_hash is not null;

alter table eldercare.visit_anomalies add constraint visit_anomalies_pkey primary key (county_code, visit_id, kind);
alter table eldercare.visit_anomalies add constraint visit_anomalies_visit_fkey foreign key (county_code, visit_id)
    references eldercare.visits (county_code, id) on delete cascade on update cascade;
alter table eldercare.visit_anomalies add constraint visit_anomalies_other_visit_fkey
    foreign key (other_county_code, other_visit_id)
    references eldercare.visits (county_code, id) on delete set null on update cascade;

create index visit_anomalies_open on eldercare.visit_anomalies (visit_id) where reviewed_at is null;
-- The primary key no longer starts with visit_id: a visit's anomalies are found by its id alone too.
create index visit_anomalies_visit on eldercare.visit_anomalies (visit_id);
