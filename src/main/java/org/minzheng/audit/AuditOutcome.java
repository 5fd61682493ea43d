package org.minzheng.audit;

public enum AuditOutcome {
    SUCCESS,
    FAILURE
}
