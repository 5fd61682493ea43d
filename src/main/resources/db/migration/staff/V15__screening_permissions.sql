-- 政策找人: every tier reads the lists of its area (the village assistant visits the families); the
-- tiers that handle cases start screenings and turn a village's list into visit tasks.
insert into staff.role_permissions (role_code, permission) values
    ('CITY_ADMIN', 'policy:screening:view'),
    ('CITY_ADMIN', 'policy:screening:run'),
    ('COUNTY_APPROVER', 'policy:screening:view'),
    ('COUNTY_APPROVER', 'policy:screening:run'),
    ('TOWNSHIP_REVIEWER', 'policy:screening:view'),
    ('TOWNSHIP_REVIEWER', 'policy:screening:run'),
    ('VILLAGE_ASSISTANT', 'policy:screening:view'),
    ('AUDITOR', 'policy:screening:view');
