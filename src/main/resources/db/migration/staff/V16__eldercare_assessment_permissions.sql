-- 居家养老 profiles and capability assessments: every tier of the civil-affairs line keeps profiles and
-- records assessments for its area; the village assistant sees the profiles and fills the form at the
-- older person's home, but registering a profile (consent, ID number) stays with the township and above.
insert into staff.role_permissions (role_code, permission) values
    ('CITY_ADMIN', 'eldercare:elder:view'),
    ('CITY_ADMIN', 'eldercare:elder:manage'),
    ('CITY_ADMIN', 'eldercare:assessment:record'),
    ('COUNTY_APPROVER', 'eldercare:elder:view'),
    ('COUNTY_APPROVER', 'eldercare:elder:manage'),
    ('COUNTY_APPROVER', 'eldercare:assessment:record'),
    ('TOWNSHIP_REVIEWER', 'eldercare:elder:view'),
    ('TOWNSHIP_REVIEWER', 'eldercare:elder:manage'),
    ('TOWNSHIP_REVIEWER', 'eldercare:assessment:record'),
    ('VILLAGE_ASSISTANT', 'eldercare:elder:view'),
    ('VILLAGE_ASSISTANT', 'eldercare:assessment:record');
