-- 儿童福利 is the city welfare home's. The home's staff keep the children's records, the funding and their
-- half of the monthly evaluation; the hospital's therapists stationed in the home write the plans, record
-- sessions on a tablet and fill the hospital's half. Medical notes are for these two roles only (not the
-- system administrator); the auditor reads everything else.
insert into staff.roles (code, name_zh, name_en, description, builtin, requires_second_factor) values
    ('WELFARE_HOME', '福利院工作人员', 'Welfare home staff', '儿童福利院：儿童档案、康复资金和院方评价', true, false),
    ('THERAPIST', '康复治疗师', 'Rehabilitation therapist', '医院派驻福利院的康复治疗师：康复计划、每日训练记录和院方评价', true, false);

insert into staff.role_permissions (role_code, permission) values
    ('WELFARE_HOME', 'workbench:home:view'),
    ('WELFARE_HOME', 'childwelfare:child:view'),
    ('WELFARE_HOME', 'childwelfare:child:manage'),
    ('WELFARE_HOME', 'childwelfare:medical:view'),
    ('WELFARE_HOME', 'childwelfare:plan:view'),
    ('WELFARE_HOME', 'childwelfare:session:view'),
    ('WELFARE_HOME', 'childwelfare:funding:view'),
    ('WELFARE_HOME', 'childwelfare:funding:manage'),
    ('WELFARE_HOME', 'childwelfare:evaluation:view'),
    ('WELFARE_HOME', 'childwelfare:evaluation:home'),
    ('THERAPIST', 'workbench:home:view'),
    ('THERAPIST', 'childwelfare:child:view'),
    ('THERAPIST', 'childwelfare:medical:view'),
    ('THERAPIST', 'childwelfare:plan:view'),
    ('THERAPIST', 'childwelfare:plan:manage'),
    ('THERAPIST', 'childwelfare:session:view'),
    ('THERAPIST', 'childwelfare:session:record'),
    ('THERAPIST', 'childwelfare:evaluation:view'),
    ('THERAPIST', 'childwelfare:evaluation:hospital'),
    ('CITY_ADMIN', 'childwelfare:child:view'),
    ('CITY_ADMIN', 'childwelfare:plan:view'),
    ('CITY_ADMIN', 'childwelfare:session:view'),
    ('CITY_ADMIN', 'childwelfare:funding:view'),
    ('CITY_ADMIN', 'childwelfare:funding:manage'),
    ('CITY_ADMIN', 'childwelfare:evaluation:view'),
    ('AUDITOR', 'childwelfare:child:view'),
    ('AUDITOR', 'childwelfare:plan:view'),
    ('AUDITOR', 'childwelfare:session:view'),
    ('AUDITOR', 'childwelfare:funding:view'),
    ('AUDITOR', 'childwelfare:evaluation:view');
