-- 居家养老用品与租赁: every tier reads; city, county and township staff order supplies and lend devices.
insert into staff.role_permissions (role_code, permission) values
    ('CITY_ADMIN', 'eldercare:supply:view'),
    ('CITY_ADMIN', 'eldercare:supply:manage'),
    ('COUNTY_APPROVER', 'eldercare:supply:view'),
    ('COUNTY_APPROVER', 'eldercare:supply:manage'),
    ('TOWNSHIP_REVIEWER', 'eldercare:supply:view'),
    ('TOWNSHIP_REVIEWER', 'eldercare:supply:manage'),
    ('VILLAGE_ASSISTANT', 'eldercare:supply:view'),
    ('AUDITOR', 'eldercare:supply:view');
