package org.minzheng.lottery.incentive;

import java.time.Instant;
import java.time.LocalDate;

/** One month's calculation; DRAFT may be recalculated, APPROVED is frozen. */
public record IncentiveRun(
        long id,
        LocalDate periodStart,
        LocalDate periodEnd,
        String status,
        long totalFen,
        String calculatedBy,
        Instant calculatedAt,
        String approvedBy,
        Instant approvedAt,
        boolean demo,
        int lines) {

    public boolean approved() {
        return "APPROVED".equals(status);
    }
}
