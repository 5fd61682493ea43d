-- 护送返乡: a person goes home with staff when travelling alone is not safe (minors, elderly, disabled, ill).
-- A county station asking for a cross-province escort hands it to the city station (kind CITY), which accepts it
-- and sends its own staff; an in-province escort is done by the asking station itself. region_code is the asking
-- station's, so county staff see what they asked for; the city sees everything. The receiver's phone is personal:
-- encrypted (context "rescue.escort.receiver-phone") with a masked copy.
create table rescue.escorts (
    id                       bigserial    primary key,
    case_id                  bigint       not null references rescue.cases (id),
    requested_by_station_id  bigint       not null references rescue.stations (id),
    escort_station_id        bigint       not null references rescue.stations (id),
    region_code              varchar(12)  not null check (region_code ~ '^[0-9]{6}000000$'),
    destination_province     varchar(2)   not null check (destination_province ~ '^[0-9]{2}$'),
    destination_place        varchar(100) not null,
    destination_address      varchar(200) not null,
    cross_province           boolean      not null,
    transport                varchar(8)   not null check (transport in ('TRAIN', 'BUS', 'CAR', 'PLANE')),
    route                    varchar(200) not null,
    vehicle                  varchar(50),
    planned_on               date         not null,
    cost_fen                 bigint       not null default 0 check (cost_fen >= 0),
    status                   varchar(12)  not null
                                          check (status in ('REQUESTED', 'ACCEPTED', 'IN_PROGRESS', 'HANDED_OVER',
                                                            'CANCELLED')),
    started_at               timestamptz,
    handed_over_at           timestamptz,
    received_by              varchar(50),
    received_by_kind         varchar(8)   check (received_by_kind in ('FAMILY', 'STATION', 'OTHER')),
    receiver_phone_cipher    bytea,
    receiver_phone_masked    varchar(20),
    handover_note            varchar(500),
    cancel_reason            varchar(500),
    demo                     boolean      not null default false,
    created_by               varchar(50)  not null,
    created_at               timestamptz  not null default now(),
    updated_at               timestamptz  not null default now(),
    check ((status = 'HANDED_OVER') = (handed_over_at is not null)),
    check (handed_over_at is null or (started_at is not null and handed_over_at >= started_at)),
    check ((status = 'CANCELLED') = (cancel_reason is not null))
);

create index escorts_region_idx on rescue.escorts (region_code varchar_pattern_ops, planned_on);
create index escorts_station_idx on rescue.escorts (escort_station_id, status);
-- one open escort per case at a time
create unique index escorts_open_case_idx on rescue.escorts (case_id)
    where status in ('REQUESTED', 'ACCEPTED', 'IN_PROGRESS');

create table rescue.escort_staff (
    escort_id  bigint not null references rescue.escorts (id) on delete cascade,
    staff_id   bigint not null references rescue.station_staff (id),
    primary key (escort_id, staff_id)
);

-- The steps of an escort as they happened, for the escort page.
create table rescue.escort_events (
    id         bigserial    primary key,
    escort_id  bigint       not null references rescue.escorts (id) on delete cascade,
    status     varchar(12)  not null,
    at         timestamptz  not null default now(),
    by_user    varchar(50)  not null,
    note       varchar(500)
);

create index escort_events_escort_idx on rescue.escort_events (escort_id);
