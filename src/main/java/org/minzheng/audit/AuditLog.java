package org.minzheng.audit;

/**
 * The audit log every module writes to. Entries join the caller's transaction: a change that rolls
 * back leaves no audit entry claiming it happened.
 */
public interface AuditLog {

    /** Appends the event to the hash chain. */
    void record(AuditEvent event);
}
