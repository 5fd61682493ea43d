package org.minzheng.rescue.search;

import java.time.Instant;

/** One family search, opened at intake or by hand, ended by a reunification or closed without one. */
record FamilySearch(
        long id,
        long caseId,
        String regionCode,
        Instant openedAt,
        String status,
        Instant closedAt,
        String closeReason,
        boolean demo,
        String createdBy) {

    public boolean open() {
        return "OPEN".equals(status);
    }

    public String statusKey() {
        return "rescue.search.status." + status;
    }
}
