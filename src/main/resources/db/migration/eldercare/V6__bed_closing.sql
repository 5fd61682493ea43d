-- A bed may end: cancelled (撤销) before it became active, or closed (终止服务) once active, e.g. when the
-- elder died, moved away, entered an institution or asked to leave. An ended bed keeps its history, and the
-- elder may get a new bed, so "one bed per elder" now holds only among beds that have not ended.
alter table eldercare.beds drop constraint beds_status_check;
alter table eldercare.beds add constraint beds_status_check
    check (status in ('DRAFT', 'PLANNED', 'WORKS_ORDERED', 'ACTIVE', 'CANCELLED', 'CLOSED'));

alter table eldercare.beds
    add column closed_on      date,
    add column closed_by      varchar(50),
    add column closing_reason varchar(200);

alter table eldercare.beds add constraint beds_closing_recorded check (
    (status in ('CANCELLED', 'CLOSED')) = (closed_on is not null and closed_by is not null and closing_reason is not null));

alter table eldercare.beds drop constraint beds_elder_id_key;
create unique index beds_one_open_per_elder on eldercare.beds (elder_id) where status not in ('CANCELLED', 'CLOSED');
create index beds_elder on eldercare.beds (elder_id);
