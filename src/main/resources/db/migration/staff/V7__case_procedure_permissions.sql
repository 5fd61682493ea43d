-- The procedure after acceptance splits by tier (低保办法 art. 2): caseworkers of the township and
-- the village record the home visit; the township gives the initial opinion, posts the notice,
-- handles objections and pays 临时救助 first; the county confirms or refuses.
insert into staff.role_permissions (role_code, permission) values
    ('CITY_ADMIN', 'assistance:case:investigate'),
    ('CITY_ADMIN', 'assistance:case:review'),
    ('CITY_ADMIN', 'assistance:case:confirm'),
    ('TOWNSHIP_REVIEWER', 'assistance:case:investigate'),
    ('TOWNSHIP_REVIEWER', 'assistance:case:review'),
    ('VILLAGE_ASSISTANT', 'assistance:case:investigate'),
    ('COUNTY_APPROVER', 'assistance:case:confirm');
