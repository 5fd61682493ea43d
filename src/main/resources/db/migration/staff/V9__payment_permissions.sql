-- Issue 5 brings the monthly payroll (资金发放). The county's civil affairs bureau drafts, approves,
-- sends and reconciles it; townships read their own totals and keep the households' bank accounts
-- right, as they know the families; the auditor reads.
insert into staff.role_permissions (role_code, permission) values
    ('CITY_ADMIN', 'payment:payroll:view'),
    ('CITY_ADMIN', 'payment:payroll:manage'),
    ('CITY_ADMIN', 'payment:payroll:approve'),
    ('CITY_ADMIN', 'payment:account:manage'),
    ('COUNTY_APPROVER', 'payment:payroll:view'),
    ('COUNTY_APPROVER', 'payment:payroll:manage'),
    ('COUNTY_APPROVER', 'payment:payroll:approve'),
    ('COUNTY_APPROVER', 'payment:account:manage'),
    ('TOWNSHIP_REVIEWER', 'payment:payroll:view'),
    ('TOWNSHIP_REVIEWER', 'payment:account:manage'),
    ('AUDITOR', 'payment:payroll:view');
