-- 慈善项目: the city and the counties run projects; townships and the auditor follow them.
insert into staff.role_permissions (role_code, permission) values
    ('CITY_ADMIN', 'charity:project:view'),
    ('CITY_ADMIN', 'charity:project:manage'),
    ('COUNTY_APPROVER', 'charity:project:view'),
    ('COUNTY_APPROVER', 'charity:project:manage'),
    ('TOWNSHIP_REVIEWER', 'charity:project:view'),
    ('AUDITOR', 'charity:project:view');
