-- SOCIAL_CHANNEL_SERVICE (22 characters) is one of the allowed team kinds but did not fit the varchar(20) column.
alter table lottery.teams alter column kind type varchar(30);
