-- 慈善: the needs list (急难愁盼清单). Government assistance covers part of each hardship; what is left
-- over, township by township and category by category, is what charity is asked to take up.
create schema if not exists charity;

-- The kinds of hardship charity is asked about. Where the registry holds the facts, the number of people
-- is counted from it, and the yearly need and government share per person are standing estimates that
-- staff refine; the other kinds are entered by township staff.
create table charity.need_categories (
    code                  varchar(40)  primary key,
    name_zh               varchar(50)  not null,
    name_en               varchar(80)  not null,
    description           varchar(300) not null,
    counted_from_registry boolean      not null default false,
    need_per_person_fen   bigint       check (need_per_person_fen >= 0),
    covered_per_person_fen bigint      check (covered_per_person_fen >= 0),
    sort                  int          not null unique
);

-- The per-person yearly need and government share of the two registry-counted categories are ILLUSTRATIVE
-- figures (the page says so): a county replaces them with its own standards.
insert into charity.need_categories
    (code, name_zh, name_en, description, counted_from_registry, need_per_person_fen, covered_per_person_fen, sort)
values
    ('ELDERLY_ALONE_DISABLED', '独居重度残疾老人照护', 'Care for severely disabled older people living alone',
     '60 周岁以上、独自成户、持一级或二级残疾证的老人，需要上门照护和日常看护', true, 1200000, 480000, 10),
    ('SCHOOL_CHILDREN', '低保家庭在校学生助学', 'School support for children of recipient families',
     '低保、特困家庭中 6 至 18 周岁的在校学生，教育资助之外的学习和生活费用', true, 500000, 200000, 20),
    ('CHILDREN_IN_DIFFICULTY', '困境儿童关爱', 'Care for children in difficulty',
     '父母重病、重残、服刑等原因缺乏照料的困境儿童，需要陪伴、心理疏导和生活帮助', false, null, null, 30),
    ('SERIOUS_ILLNESS', '重病患者医疗负担', 'Medical burden of the seriously ill',
     '医保报销和医疗救助之后仍然难以承受的自付医疗费用', false, null, null, 40),
    ('DISABLED_ELDERLY_CARE', '失能老人助餐助浴', 'Meals and bathing for older people unable to care for themselves',
     '失能、半失能老人的助餐、助浴、助洁等居家服务', false, null, null, 50),
    ('DISABLED_EMPLOYMENT', '残疾人就业支持', 'Employment support for disabled people',
     '有劳动能力的残疾人的技能培训、辅助性就业岗位和创业扶持', false, null, null, 60),
    ('LEFT_BEHIND_ELDERLY', '留守老人精神慰藉', 'Company for older people left behind',
     '子女外出的留守老人的探访、陪伴和精神慰藉', false, null, null, 70),
    ('HOUSING_SAFETY', '低收入家庭住房安全', 'Safe housing for low-income families',
     '低收入家庭危房改造、适老化改造和冬季取暖等住房安全需求', false, null, null, 80),
    ('TEMPORARY_HARDSHIP', '突发困难临时帮扶', 'Help in sudden hardship',
     '因火灾、交通事故、突发重病等陷入困境、临时救助之后仍有缺口的家庭', false, null, null, 90);

-- One township's need of one category in one year. REGISTRY entries are replaced by each recount; STAFF
-- entries are one per township, category and year and are overwritten when entered again. region_code is
-- the township's code. The gap is what government assistance leaves, never below zero.
create table charity.need_entries (
    id            bigserial    primary key,
    region_code   varchar(12)  not null check (region_code ~ '^[0-9]{9}000$'),
    category_code varchar(40)  not null references charity.need_categories (code),
    year          int          not null check (year between 2000 and 2100),
    source        varchar(10)  not null check (source in ('REGISTRY', 'STAFF')),
    people        int          not null check (people >= 0),
    needed_fen    bigint       not null check (needed_fen >= 0),
    covered_fen   bigint       not null check (covered_fen >= 0),
    gap_fen       bigint       generated always as (greatest(needed_fen - covered_fen, 0)) stored,
    note          varchar(200),
    entered_by    varchar(50)  not null,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    unique (region_code, category_code, year, source)
);

create index need_entries_region_idx on charity.need_entries (region_code varchar_pattern_ops);
create index need_entries_year_idx on charity.need_entries (year, category_code);
