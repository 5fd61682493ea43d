package org.minzheng.eldercare.service;

import java.time.Instant;

/** A flag on a visit and what the supervisor decided. */
record AnomalyView(
        AnomalyKind kind,
        Integer minutes,
        Long otherVisitId,
        String detail,
        Instant foundAt,
        Instant reviewedAt,
        String reviewedBy,
        Boolean reviewValid,
        String reviewNote) {

    public boolean open() {
        return reviewedAt == null;
    }
}
