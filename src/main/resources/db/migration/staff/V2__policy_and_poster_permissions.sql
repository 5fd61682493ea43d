-- Issue 3 brings the policy catalogue, the local parameter table and the village QR posters.
-- Everyone who serves citizens reads the catalogue (to answer a caller's question), only the city
-- administrators change it or the local standards; every tier prints the posters of its villages.
insert into staff.role_permissions (role_code, permission) values
    ('CITY_ADMIN', 'policy:catalogue:view'),
    ('CITY_ADMIN', 'policy:catalogue:manage'),
    ('CITY_ADMIN', 'policy:parameter:view'),
    ('CITY_ADMIN', 'policy:parameter:manage'),
    ('CITY_ADMIN', 'region:qr:print'),
    ('COUNTY_APPROVER', 'policy:catalogue:view'),
    ('COUNTY_APPROVER', 'policy:parameter:view'),
    ('COUNTY_APPROVER', 'region:qr:print'),
    ('TOWNSHIP_REVIEWER', 'policy:catalogue:view'),
    ('TOWNSHIP_REVIEWER', 'policy:parameter:view'),
    ('TOWNSHIP_REVIEWER', 'region:qr:print'),
    ('VILLAGE_ASSISTANT', 'policy:catalogue:view'),
    ('VILLAGE_ASSISTANT', 'region:qr:print'),
    ('AUDITOR', 'policy:catalogue:view');
