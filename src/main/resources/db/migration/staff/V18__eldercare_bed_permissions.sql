-- 家庭养老床位: every tier reads; city, county and township staff establish beds; the township (or above)
-- accepts the adaptation works.
insert into staff.role_permissions (role_code, permission) values
    ('CITY_ADMIN', 'eldercare:bed:view'),
    ('CITY_ADMIN', 'eldercare:bed:manage'),
    ('CITY_ADMIN', 'eldercare:bed:accept'),
    ('COUNTY_APPROVER', 'eldercare:bed:view'),
    ('COUNTY_APPROVER', 'eldercare:bed:manage'),
    ('COUNTY_APPROVER', 'eldercare:bed:accept'),
    ('TOWNSHIP_REVIEWER', 'eldercare:bed:view'),
    ('TOWNSHIP_REVIEWER', 'eldercare:bed:manage'),
    ('TOWNSHIP_REVIEWER', 'eldercare:bed:accept'),
    ('VILLAGE_ASSISTANT', 'eldercare:bed:view'),
    ('AUDITOR', 'eldercare:bed:view');
