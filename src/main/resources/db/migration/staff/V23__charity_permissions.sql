-- 慈善 needs list: county and township staff keep their townships' needs; the auditor reads them.
insert into staff.role_permissions (role_code, permission) values
    ('CITY_ADMIN', 'charity:need:view'),
    ('CITY_ADMIN', 'charity:need:manage'),
    ('COUNTY_APPROVER', 'charity:need:view'),
    ('COUNTY_APPROVER', 'charity:need:manage'),
    ('TOWNSHIP_REVIEWER', 'charity:need:view'),
    ('TOWNSHIP_REVIEWER', 'charity:need:manage'),
    ('AUDITOR', 'charity:need:view');
