-- Home services: caregivers sign in on a phone and see only their own visits; township and county staff
-- plan and dispatch; the county confirms the monthly settlement; the city supervision centre and the
-- auditor read everything in their area.
insert into staff.roles (code, name_zh, name_en, description, builtin, requires_second_factor) values
    ('CAREGIVER', '居家养老护理员', 'Home caregiver', '服务商护理员，在手机上签到签退、记录服务', true, false);

insert into staff.role_permissions (role_code, permission) values
    ('CAREGIVER', 'workbench:home:view'),
    ('CAREGIVER', 'eldercare:visit:serve'),
    ('CITY_ADMIN', 'eldercare:visit:view'),
    ('CITY_ADMIN', 'eldercare:visit:dispatch'),
    ('CITY_ADMIN', 'eldercare:visit:review'),
    ('CITY_ADMIN', 'eldercare:settlement:view'),
    ('CITY_ADMIN', 'eldercare:supervision:view'),
    ('COUNTY_APPROVER', 'eldercare:visit:view'),
    ('COUNTY_APPROVER', 'eldercare:visit:dispatch'),
    ('COUNTY_APPROVER', 'eldercare:visit:review'),
    ('COUNTY_APPROVER', 'eldercare:settlement:view'),
    ('COUNTY_APPROVER', 'eldercare:settlement:confirm'),
    ('COUNTY_APPROVER', 'eldercare:supervision:view'),
    ('TOWNSHIP_REVIEWER', 'eldercare:visit:view'),
    ('TOWNSHIP_REVIEWER', 'eldercare:visit:dispatch'),
    ('TOWNSHIP_REVIEWER', 'eldercare:supervision:view'),
    ('VILLAGE_ASSISTANT', 'eldercare:visit:view'),
    ('AUDITOR', 'eldercare:visit:view'),
    ('AUDITOR', 'eldercare:settlement:view'),
    ('AUDITOR', 'eldercare:supervision:view');
