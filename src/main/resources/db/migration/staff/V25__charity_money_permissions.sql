-- 慈善 money, providers, evaluation and disclosure. The city and the counties' charity work keeps the
-- donations, buys services and evaluates; townships follow the money; the auditor reads everything.
insert into staff.role_permissions (role_code, permission) values
    ('CITY_ADMIN', 'charity:donation:view'),
    ('CITY_ADMIN', 'charity:donation:manage'),
    ('CITY_ADMIN', 'charity:provider:view'),
    ('CITY_ADMIN', 'charity:provider:manage'),
    ('CITY_ADMIN', 'charity:evaluation:view'),
    ('CITY_ADMIN', 'charity:evaluation:manage'),
    ('CITY_ADMIN', 'charity:disclosure:publish'),
    ('COUNTY_APPROVER', 'charity:donation:view'),
    ('COUNTY_APPROVER', 'charity:donation:manage'),
    ('COUNTY_APPROVER', 'charity:provider:view'),
    ('COUNTY_APPROVER', 'charity:provider:manage'),
    ('COUNTY_APPROVER', 'charity:evaluation:view'),
    ('COUNTY_APPROVER', 'charity:evaluation:manage'),
    ('TOWNSHIP_REVIEWER', 'charity:donation:view'),
    ('TOWNSHIP_REVIEWER', 'charity:provider:view'),
    ('TOWNSHIP_REVIEWER', 'charity:evaluation:view'),
    ('AUDITOR', 'charity:donation:view'),
    ('AUDITOR', 'charity:provider:view'),
    ('AUDITOR', 'charity:evaluation:view');
