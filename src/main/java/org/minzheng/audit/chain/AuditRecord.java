package org.minzheng.audit.chain;

import java.time.Instant;

/** One stored audit entry, as hashed and as shown to auditors. */
public record AuditRecord(
        long id,
        Instant occurredAt,
        String category,
        String action,
        String outcome,
        String actorUsername,
        String actorRegion,
        String targetType,
        String targetId,
        String regionCode,
        String detail,
        String clientIp,
        String prevHash,
        String hash) {

    /** Genesis value of {@code prev_hash} for the first entry. */
    static final String GENESIS = "0".repeat(64);
}
