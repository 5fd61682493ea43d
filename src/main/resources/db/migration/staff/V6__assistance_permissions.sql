-- Issue 4 brings assistance cases (码上办). Every tier that takes in cases sees and handles those
-- of its region; the auditor reads them but changes nothing. City administrators hold both,
-- because nobody may grant a role permissions they do not hold themselves.
insert into staff.role_permissions (role_code, permission) values
    ('CITY_ADMIN', 'assistance:case:view'),
    ('CITY_ADMIN', 'assistance:case:handle'),
    ('COUNTY_APPROVER', 'assistance:case:view'),
    ('COUNTY_APPROVER', 'assistance:case:handle'),
    ('TOWNSHIP_REVIEWER', 'assistance:case:view'),
    ('TOWNSHIP_REVIEWER', 'assistance:case:handle'),
    ('VILLAGE_ASSISTANT', 'assistance:case:view'),
    ('VILLAGE_ASSISTANT', 'assistance:case:handle'),
    ('AUDITOR', 'assistance:case:view');
