-- 寻亲 and 返乡回访: the stations' staff search for families and assess returnees; the county approvers run the help
-- for their county's returnees ("县级做帮扶") and read their county's searches; township reviewers visit the
-- returnees of their township; the auditor reads. The city administrator may also manage the follow-up: an
-- administrator grants only what it holds, and it must still be able to make county and township accounts.
insert into staff.role_permissions (role_code, permission) values
    ('RESCUE_STAFF', 'rescue:search:view'),
    ('RESCUE_STAFF', 'rescue:search:manage'),
    ('RESCUE_STAFF', 'rescue:followup:view'),
    ('RESCUE_STAFF', 'rescue:followup:manage'),
    ('CITY_ADMIN', 'rescue:search:view'),
    ('CITY_ADMIN', 'rescue:followup:view'),
    ('CITY_ADMIN', 'rescue:followup:manage'),
    ('COUNTY_APPROVER', 'rescue:search:view'),
    ('COUNTY_APPROVER', 'rescue:followup:view'),
    ('COUNTY_APPROVER', 'rescue:followup:manage'),
    ('TOWNSHIP_REVIEWER', 'rescue:followup:view'),
    ('TOWNSHIP_REVIEWER', 'rescue:followup:manage'),
    ('AUDITOR', 'rescue:search:view'),
    ('AUDITOR', 'rescue:followup:view');
