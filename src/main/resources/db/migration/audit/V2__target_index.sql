-- A record's page shows its history from the log (变更记录): find a target's entries without a scan.
create index audit_entries_target_idx on audit.audit_entries (target_type, target_id, id desc);
