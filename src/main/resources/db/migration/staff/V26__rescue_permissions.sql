-- 救助管理: the stations' staff take people in and care for them; the city station oversees the county
-- stations. County approvers follow their county's station; township reviewers keep their grid workers; the
-- auditor reads everything; the city administrator keeps the network.
insert into staff.roles (code, name_zh, name_en, description, builtin, requires_second_factor) values
    ('RESCUE_STAFF', '救助站工作人员', 'Rescue station staff', '救助管理站：受助人员接收、照料、寻亲、护送和回访', true, false);

insert into staff.role_permissions (role_code, permission) values
    ('RESCUE_STAFF', 'workbench:home:view'),
    ('RESCUE_STAFF', 'region:division:view'),
    ('RESCUE_STAFF', 'rescue:network:view'),
    ('RESCUE_STAFF', 'rescue:network:manage'),
    ('RESCUE_STAFF', 'rescue:case:view'),
    ('RESCUE_STAFF', 'rescue:case:manage'),
    ('CITY_ADMIN', 'rescue:network:view'),
    ('CITY_ADMIN', 'rescue:network:manage'),
    ('CITY_ADMIN', 'rescue:case:view'),
    ('COUNTY_APPROVER', 'rescue:network:view'),
    ('COUNTY_APPROVER', 'rescue:network:manage'),
    ('COUNTY_APPROVER', 'rescue:case:view'),
    ('TOWNSHIP_REVIEWER', 'rescue:network:view'),
    ('TOWNSHIP_REVIEWER', 'rescue:network:manage'),
    ('AUDITOR', 'rescue:network:view'),
    ('AUDITOR', 'rescue:case:view');
