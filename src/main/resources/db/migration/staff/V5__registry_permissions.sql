-- Issue 4 brings the household registry. Every tier looks households up; the tiers that take in
-- cases register and maintain them; only reviewers and approvers may see a full ID number, and
-- each such look is audited. City administrators hold the same, because nobody may grant a role
-- permissions they do not hold themselves, and they assign the township and county roles.
insert into staff.role_permissions (role_code, permission) values
    ('CITY_ADMIN', 'registry:household:view'),
    ('CITY_ADMIN', 'registry:household:manage'),
    ('CITY_ADMIN', 'registry:person:reveal'),
    ('COUNTY_APPROVER', 'registry:household:view'),
    ('COUNTY_APPROVER', 'registry:household:manage'),
    ('COUNTY_APPROVER', 'registry:person:reveal'),
    ('TOWNSHIP_REVIEWER', 'registry:household:view'),
    ('TOWNSHIP_REVIEWER', 'registry:household:manage'),
    ('TOWNSHIP_REVIEWER', 'registry:person:reveal'),
    ('VILLAGE_ASSISTANT', 'registry:household:view'),
    ('VILLAGE_ASSISTANT', 'registry:household:manage'),
    ('AUDITOR', 'registry:household:view');
