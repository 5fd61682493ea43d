-- Issue 5 brings other departments' benefit records (码上清). The city's civil affairs bureau receives
-- them from the departments and may upload their files; the auditor reads.
insert into staff.role_permissions (role_code, permission) values
    ('CITY_ADMIN', 'payment:benefit:view'),
    ('CITY_ADMIN', 'payment:benefit:import'),
    ('AUDITOR', 'payment:benefit:view');
