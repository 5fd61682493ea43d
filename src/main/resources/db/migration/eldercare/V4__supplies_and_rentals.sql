-- 居家养老用品与租赁: a catalogue of supplies sold for delivery (SALE) or lent out as assistive devices (RENTAL),
-- delivery orders and rentals with a due date. Overdue is not stored: it is a rental not yet returned whose due
-- date has passed, computed when read so it can never be stale.
create table eldercare.supply_products (
    id              bigserial   primary key,
    name            varchar(60) not null unique,
    kind            varchar(10) not null check (kind in ('SALE', 'RENTAL')),
    unit            varchar(10) not null,
    -- SALE: price of one unit; RENTAL: rent per month
    price_fen       bigint      not null check (price_fen between 0 and 100000000),
    deposit_fen     bigint      not null default 0 check (deposit_fen >= 0),
    stock           integer     not null check (stock >= 0),
    illustrative    boolean     not null default true
);

create table eldercare.supply_orders (
    id            bigserial    primary key,
    elder_id      bigint       not null references eldercare.elders (id),
    product_id    bigint       not null references eldercare.supply_products (id),
    quantity      integer      not null check (quantity > 0),
    status        varchar(10)  not null check (status in ('ORDERED', 'DELIVERED')),
    ordered_on    date         not null,
    ordered_by    varchar(50)  not null,
    delivered_on  date,
    delivered_by  varchar(50)
);
create index supply_orders_elder on eldercare.supply_orders (elder_id);

create table eldercare.supply_rentals (
    id           bigserial    primary key,
    elder_id     bigint       not null references eldercare.elders (id),
    product_id   bigint       not null references eldercare.supply_products (id),
    from_on      date         not null,
    due_on       date         not null,
    returned_on  date,
    status       varchar(10)  not null check (status in ('ON_LOAN', 'RETURNED')),
    lent_by      varchar(50)  not null,
    returned_by  varchar(50),
    check (due_on > from_on),
    check ((status = 'RETURNED') = (returned_on is not null))
);
create index supply_rentals_elder on eldercare.supply_rentals (elder_id);

-- Demo / illustrative rows only: names, prices and stock are invented, not the Binzhou supplies centre's list.
insert into eldercare.supply_products (name, kind, unit, price_fen, deposit_fen, stock) values
    ('成人纸尿裤（演示）', 'SALE', '包', 6800, 0, 500),
    ('防滑垫（演示）', 'SALE', '块', 3500, 0, 200),
    ('坐便椅（演示）', 'SALE', '把', 16800, 0, 40),
    ('助行器（演示）', 'RENTAL', '台', 3000, 20000, 30),
    ('轮椅（演示）', 'RENTAL', '台', 6000, 50000, 20),
    ('护理床（演示）', 'RENTAL', '张', 15000, 100000, 10);
