package org.minzheng.rescue.cases;

import java.time.Instant;

/** A stay in a designated hospital; open while {@code returnedAt} is null. */
record Referral(
        long id,
        String hospital,
        String reason,
        Instant referredAt,
        Instant returnedAt,
        String outcome,
        String recordedBy) {

    public boolean open() {
        return returnedAt == null;
    }
}
