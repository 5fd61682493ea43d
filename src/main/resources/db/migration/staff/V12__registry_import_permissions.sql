-- Issue 6 brings the bulk import of the collection file. It writes many households at once, so it is
-- for the tiers that answer for the register of their area: townships, counties and the city.
insert into staff.role_permissions (role_code, permission) values
    ('CITY_ADMIN', 'registry:import:run'),
    ('COUNTY_APPROVER', 'registry:import:run'),
    ('TOWNSHIP_REVIEWER', 'registry:import:run');
