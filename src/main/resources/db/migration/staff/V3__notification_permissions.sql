-- Issue 4 sends text messages to applicants. City administrators watch the outbox when citizens
-- say no message arrived; auditors check what was sent. Messages are city-wide, like the gateway.
insert into staff.role_permissions (role_code, permission) values
    ('CITY_ADMIN', 'notification:sms:view'),
    ('AUDITOR', 'notification:sms:view');
