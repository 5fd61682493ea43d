-- Issue 6 brings dynamic monitoring. The city's bureau receives other departments' data and issues their
-- keys; every tier above the village reads the delivered records of its region; every tier reads warnings
-- and handles the tasks they open (the village assistant first of all); the auditor reads.
insert into staff.role_permissions (role_code, permission) values
    ('CITY_ADMIN', 'registry:feed:view'),
    ('CITY_ADMIN', 'registry:feed:import'),
    ('CITY_ADMIN', 'registry:warning:view'),
    ('CITY_ADMIN', 'registry:task:view'),
    ('CITY_ADMIN', 'registry:task:handle'),
    ('COUNTY_APPROVER', 'registry:feed:view'),
    ('COUNTY_APPROVER', 'registry:warning:view'),
    ('COUNTY_APPROVER', 'registry:task:view'),
    ('COUNTY_APPROVER', 'registry:task:handle'),
    ('TOWNSHIP_REVIEWER', 'registry:feed:view'),
    ('TOWNSHIP_REVIEWER', 'registry:warning:view'),
    ('TOWNSHIP_REVIEWER', 'registry:task:view'),
    ('TOWNSHIP_REVIEWER', 'registry:task:handle'),
    ('VILLAGE_ASSISTANT', 'registry:warning:view'),
    ('VILLAGE_ASSISTANT', 'registry:task:view'),
    ('VILLAGE_ASSISTANT', 'registry:task:handle'),
    ('AUDITOR', 'registry:feed:view'),
    ('AUDITOR', 'registry:warning:view'),
    ('AUDITOR', 'registry:task:view');
