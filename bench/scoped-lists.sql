-- Synthetic registry for bench/scoped-lists.sh, written straight into the registry tables by psql.
-- Variables (psql -v): households (how many), base (first id minus one, clear of the demo's ids),
-- household_county and person_county (the column list and value expression of a county_code column when
-- the tables have one, otherwise empty).
\set ON_ERROR_STOP on
select setseed(0.2022);

-- Every township of Binzhou without villages in the region tree gets the villages the synthetic registry
-- generator uses (communities 001–010, villages 201–220), marked demo like other stand-in rows.
insert into region.regions (code, name, level, parent_code, urban_rural_class, demo)
select left(t.code, 9) || lpad(n::text, 3, '0'),
       t.name || case when n < 200 then '第' || n || '社区居委会' else '第' || (n - 200) || '村委会' end,
       'VILLAGE', t.code, case when n < 200 then '111' else '220' end, true
from region.regions t
cross join (select generate_series(1, 10) as n union all select generate_series(201, 220)) numbers
where t.level = 'TOWNSHIP' and t.code like '3716%'
  and not exists (select 1 from region.regions v where v.parent_code = t.code)
on conflict (code) do nothing;

-- Households taken in turn over all of Binzhou's villages (about 2,660, in all 7 counties), so that a scope's
-- rows lie scattered over the table as registrations over the years would.
create temp table bench_households as
select :base + i as id,
       v.codes[1 + (i - 1) % v.n] as village,
       case when r1 < 0.30 then 1 when r1 < 0.60 then 2 when r1 < 0.80 then 3 when r1 < 0.95 then 4 else 5 end
           as size,
       case when r2 < 0.50 then '{dibao}' when r2 < 0.55 then '{dibao,rigid}' when r2 < 0.65 then '{tekun}'
            when r2 < 0.80 then '{edge}' when r2 < 0.90 then '{monitored}' when r2 < 0.95 then '{rigid}'
            else '{lifted}' end::text[] as categories,
       floor(r3 * 5000000)::bigint as assets_fen
from generate_series(1, :households) i
cross join (select array_agg(code order by code) as codes, count(*) as n
            from region.regions where level = 'VILLAGE' and code like '3716%') v
cross join lateral (select random() as r1, random() as r2, random() as r3 where i > 0 offset 0) r;

insert into registry.households (id, number, region_code, address, hukou_type, categories, assets_fen
    :household_county_column)
overriding system value
select id, village || '-' || lpad((id - :base)::text, 7, '0'), village,
       '滨州市' || (id - :base) % 300 || '号', case when substr(village, 10)::int < 200 then 'URBAN' else 'RURAL' end,
       categories, assets_fen :household_county_value
from bench_households;

insert into registry.persons (household_id, name, id_number_cipher, id_number_index, sex, birth_date, relationship,
    head, work_ability, monthly_income_fen :person_county_column)
select h.id,
       names.surnames[1 + floor(random() * array_length(names.surnames, 1))::int]
           || names.given[1 + floor(random() * array_length(names.given, 1))::int],
       demo.ciphers[1 + (h.id + m) % array_length(demo.ciphers, 1)], 'bench-' || h.id || '-' || m,
       case when random() < 0.5 then '1' else '2' end,
       date '1935-01-01' + floor(random() * 32000)::int,
       case m when 1 then '02' when 2 then '10' else '20' end,
       m = 1,
       case when random() < 0.6 then 'FULL' when random() < 0.5 then 'PARTIAL' else 'NONE' end,
       floor(random() * 200000)::bigint :person_county_value
from bench_households h
cross join lateral generate_series(1, h.size) m
cross join (select array['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡',
                         '郭', '何', '高', '林', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹']
                   as surnames,
                   array['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟',
                         '涛', '明', '超', '秀兰', '霞', '平', '刚', '桂英', '建华', '玉兰', '红', '建国', '志强',
                         '海燕', '淑珍', '春梅', '凤英', '国庆', '文', '斌', '宇', '浩', '鑫', '婷', '雪']
                   as given) names
-- The list pages decrypt the heads' ID numbers to mask them: the generated persons take real ciphertexts, those
-- of the demo's persons (the encryption binds a ciphertext to its column, not to its row).
cross join (select array_agg(id_number_cipher) as ciphers
            from (select id_number_cipher from registry.persons where household_id <= :base limit 100) c) demo;

drop table bench_households;
vacuum analyze registry.households;
vacuum analyze registry.persons;
vacuum analyze region.regions;
