-- Openings of each village's portal page (the page behind its QR code), one row per village and day,
-- so that the counter is one upsert per opening and the poster page reads a handful of rows.
-- No foreign key to regions: counts of a village later merged or renamed stay readable.
create table region.village_scans (
    village_code varchar(12) not null check (village_code ~ '^[0-9]{12}$'),
    scan_date    date        not null,
    scans        bigint      not null check (scans > 0),
    primary key (village_code, scan_date)
);
