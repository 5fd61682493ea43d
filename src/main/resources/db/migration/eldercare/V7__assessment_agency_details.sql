-- Assessment agencies become managed records: the credit code identifies the organisation (optional, as
-- some agencies are units of a hospital without their own code), the region is the city or the county the
-- agency serves and decides which staff may see and change it. Nothing is deleted: a deactivated agency or
-- assessor is no longer offered on the assessment form, but past assessments keep pointing at it. Agencies
-- that exist already (the demo ones of V1) serve the whole city; new ones must say where they work.
alter table eldercare.assessment_agencies
    add column credit_code   varchar(18),
    add column contact_phone varchar(20),
    add column region_code   varchar(12) not null default '371600000000',
    add column active        boolean     not null default true,
    add column created_at    timestamptz not null default now(),
    add column updated_at    timestamptz;
create unique index assessment_agencies_credit_code on eldercare.assessment_agencies (credit_code)
    where credit_code is not null;
create index assessment_agencies_region on eldercare.assessment_agencies (region_code varchar_pattern_ops);

alter table eldercare.assessment_agencies alter column region_code drop default;
update eldercare.assessment_agencies set region_code = '371602000000' where name = '滨城区康养评估服务站（演示）';

alter table eldercare.assessors
    add column phone      varchar(20),
    add column active     boolean     not null default true,
    add column created_at timestamptz not null default now();
-- A certificate number belongs to one person; a second row with it would be the same assessor twice.
create unique index assessors_certificate on eldercare.assessors (certificate);
