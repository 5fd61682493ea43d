package org.minzheng.audit;

import java.time.Instant;
import java.util.List;

/** The history of one record as the audit log holds it, for the record's own page (变更记录). */
public interface AuditTrail {

    /** The latest entries about the record first, at most {@code limit}. */
    List<Entry> of(String targetType, String targetId, int limit);

    /** One entry: when, who, which action (e.g. {@code registry.household.categorise}) and its detail. */
    record Entry(Instant at, String actor, String action, String detail) {}
}
