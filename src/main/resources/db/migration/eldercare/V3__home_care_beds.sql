-- 家庭养老床位: a bed is established for an eligible elder with a contracted provider, the home is adapted
-- from the item catalogue below (subsidy capped per home, the rest paid by the family), the works are ordered
-- and the township accepts them; the bed is then active.
create table eldercare.modification_categories (
    code       varchar(30) primary key,
    name_zh    varchar(30) not null,
    name_en    varchar(60) not null,
    sort_order integer     not null
);

create table eldercare.modification_items (
    id             bigserial primary key,
    category_code  varchar(30) not null references eldercare.modification_categories (code),
    name           varchar(60) not null unique,
    unit           varchar(10) not null,
    unit_price_fen bigint      not null check (unit_price_fen between 0 and 10000000),
    illustrative   boolean     not null default true,
    sort_order     integer     not null
);

create table eldercare.beds (
    id               bigserial    primary key,
    elder_id         bigint       not null unique references eldercare.elders (id),
    region_code      varchar(12)  not null,
    provider_id      bigint       not null references eldercare.providers (id),
    contract_number  varchar(40)  not null,
    status           varchar(20)  not null check (status in ('DRAFT', 'PLANNED', 'WORKS_ORDERED', 'ACTIVE')),
    created_by       varchar(50)  not null,
    created_at       timestamptz  not null default now(),
    planned_by       varchar(50),
    planned_at       timestamptz,
    works_ordered_on date,
    works_ordered_by varchar(50),
    accepted_on      date,
    accepted_by      varchar(50),
    acceptance_note  varchar(200)
);
create index beds_region on eldercare.beds (region_code varchar_pattern_ops);

-- Prices are copied into the line so that a later catalogue change does not alter an agreed plan.
create table eldercare.bed_modification_lines (
    id              bigserial primary key,
    bed_id          bigint  not null references eldercare.beds (id) on delete cascade,
    item_id         bigint  not null references eldercare.modification_items (id),
    quantity        integer not null check (quantity between 1 and 99),
    unit_price_fen  bigint  not null check (unit_price_fen >= 0),
    amount_fen      bigint  not null check (amount_fen = quantity * unit_price_fen),
    co_payment_fen  bigint  not null check (co_payment_fen between 0 and amount_fen),
    unique (bed_id, item_id)
);

-- The seven categories of the 2020 basic list for adapting older people's homes.
insert into eldercare.modification_categories (code, name_zh, name_en, sort_order) values
    ('floor', '地面改造', 'Floors', 10),
    ('door', '门改造', 'Doors', 20),
    ('bedroom', '卧室改造', 'Bedroom', 30),
    ('bathroom', '如厕洗浴设备改造', 'Toilet and bath', 40),
    ('kitchen', '厨房设备改造', 'Kitchen', 50),
    ('environment', '物理环境改造', 'Lighting and environment', 60),
    ('aids', '老年用品配置', 'Aids', 70);

-- Illustrative prices in fen: local price lists replace them.
insert into eldercare.modification_items (category_code, name, unit, unit_price_fen, sort_order) values
    ('floor', '地面防滑处理', '平方米', 8000, 10),
    ('floor', '高差处理（坡道）', '处', 30000, 20),
    ('door', '门槛移除', '处', 20000, 10),
    ('door', '更换杠杆式门把手', '个', 6000, 20),
    ('bedroom', '护理床', '张', 150000, 10),
    ('bedroom', '床边护栏', '副', 20000, 20),
    ('bathroom', '扶手安装', '根', 15000, 10),
    ('bathroom', '淋浴椅', '把', 20000, 20),
    ('bathroom', '坐便增高器', '个', 10000, 30),
    ('bathroom', '防滑垫', '块', 3000, 40),
    ('kitchen', '燃气泄漏报警器', '个', 25000, 10),
    ('environment', '感应夜灯', '个', 5000, 10),
    ('environment', '双控开关', '个', 8000, 20),
    ('aids', '助行器', '个', 20000, 10),
    ('aids', '轮椅', '辆', 60000, 20),
    ('aids', '智能紧急呼叫设备', '套', 40000, 30);
