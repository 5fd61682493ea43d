-- Generated demo cases and the recipients they lead to carry a mark, shown as a badge, so nobody
-- takes them for real households.
alter table assistance.cases add column demo boolean not null default false;
alter table assistance.recipients add column demo boolean not null default false;
