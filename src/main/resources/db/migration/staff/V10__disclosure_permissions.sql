-- Issue 5 brings the public lists (码上查): staff who answer for an area see how often its lists are read.
insert into staff.role_permissions (role_code, permission) values
    ('CITY_ADMIN', 'disclosure:stats:view'),
    ('COUNTY_APPROVER', 'disclosure:stats:view'),
    ('TOWNSHIP_REVIEWER', 'disclosure:stats:view'),
    ('AUDITOR', 'disclosure:stats:view');
