-- Issue 4 brings the recipients register (救助对象). Everyone who handles cases may look at the
-- recipients of their region and the auditor reads them; periodic reviews are recorded by the tiers
-- that review (township and above); changing, suspending and ending a benefit is a county decision.
insert into staff.role_permissions (role_code, permission) values
    ('CITY_ADMIN', 'assistance:recipient:view'),
    ('CITY_ADMIN', 'assistance:recipient:review'),
    ('CITY_ADMIN', 'assistance:recipient:manage'),
    ('COUNTY_APPROVER', 'assistance:recipient:view'),
    ('COUNTY_APPROVER', 'assistance:recipient:review'),
    ('COUNTY_APPROVER', 'assistance:recipient:manage'),
    ('TOWNSHIP_REVIEWER', 'assistance:recipient:view'),
    ('TOWNSHIP_REVIEWER', 'assistance:recipient:review'),
    ('VILLAGE_ASSISTANT', 'assistance:recipient:view'),
    ('AUDITOR', 'assistance:recipient:view');
