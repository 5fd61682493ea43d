-- Assessment agencies and their assessors: the city and the counties commission and keep them; the
-- auditor may look, not change.
insert into staff.role_permissions (role_code, permission) values
    ('CITY_ADMIN', 'eldercare:agency:view'),
    ('CITY_ADMIN', 'eldercare:agency:manage'),
    ('COUNTY_APPROVER', 'eldercare:agency:view'),
    ('COUNTY_APPROVER', 'eldercare:agency:manage'),
    ('AUDITOR', 'eldercare:agency:view');
