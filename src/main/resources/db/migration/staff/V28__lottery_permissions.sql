-- 福彩渠道: the city welfare-lottery centre's staff keep partners, outlets, teams and areas, import the sales
-- figures, publish rankings, calculate incentives and log the public-welfare side. Incentives are approved by the
-- bureau (the city administrator), never by whoever calculated them; the auditor reads everything.
insert into staff.roles (code, name_zh, name_en, description, builtin, requires_second_factor) values
    ('LOTTERY_STAFF', '福彩中心工作人员', 'Welfare-lottery centre staff', '福彩中心：渠道商、网点、队伍、销量、排名、激励和公益', true, false);

insert into staff.role_permissions (role_code, permission) values
    ('LOTTERY_STAFF', 'workbench:home:view'),
    ('LOTTERY_STAFF', 'region:division:view'),
    ('LOTTERY_STAFF', 'lottery:channel:view'),
    ('LOTTERY_STAFF', 'lottery:channel:manage'),
    ('LOTTERY_STAFF', 'lottery:sales:view'),
    ('LOTTERY_STAFF', 'lottery:sales:manage'),
    ('LOTTERY_STAFF', 'lottery:incentive:view'),
    ('LOTTERY_STAFF', 'lottery:incentive:manage'),
    ('LOTTERY_STAFF', 'lottery:welfare:view'),
    ('LOTTERY_STAFF', 'lottery:welfare:manage'),
    ('CITY_ADMIN', 'lottery:channel:view'),
    ('CITY_ADMIN', 'lottery:sales:view'),
    ('CITY_ADMIN', 'lottery:incentive:view'),
    ('CITY_ADMIN', 'lottery:incentive:approve'),
    ('CITY_ADMIN', 'lottery:welfare:view'),
    ('AUDITOR', 'lottery:channel:view'),
    ('AUDITOR', 'lottery:sales:view'),
    ('AUDITOR', 'lottery:incentive:view'),
    ('AUDITOR', 'lottery:welfare:view');
