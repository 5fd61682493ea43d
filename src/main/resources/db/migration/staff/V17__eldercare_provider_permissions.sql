-- 居家养老服务商 and the service catalogue: the city keeps the catalogue; a county contracts the providers of
-- its area; townships and auditors read.
insert into staff.role_permissions (role_code, permission) values
    ('CITY_ADMIN', 'eldercare:provider:view'),
    ('CITY_ADMIN', 'eldercare:provider:manage'),
    ('CITY_ADMIN', 'eldercare:catalogue:manage'),
    ('COUNTY_APPROVER', 'eldercare:provider:view'),
    ('COUNTY_APPROVER', 'eldercare:provider:manage'),
    ('TOWNSHIP_REVIEWER', 'eldercare:provider:view'),
    ('AUDITOR', 'eldercare:provider:view');
