-- Issue 6 brings monitoring rules (动态监测预警规则). The city administrators write them and start a
-- run over the city; counties and townships read them, to know why a warning reached their villages.
insert into staff.role_permissions (role_code, permission) values
    ('CITY_ADMIN', 'policy:monitoring:view'),
    ('CITY_ADMIN', 'policy:monitoring:manage'),
    ('COUNTY_APPROVER', 'policy:monitoring:view'),
    ('TOWNSHIP_REVIEWER', 'policy:monitoring:view'),
    ('AUDITOR', 'policy:monitoring:view');
