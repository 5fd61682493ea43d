package org.minzheng.rescue.search;

import java.time.Instant;
import java.util.Set;
import org.minzheng.rescue.cases.StayLimit;

/**
 * One line of the search list and of the stranded dashboard: the person, the station, the steps done so far and the
 * flags worked out from them.
 *
 * @param searchId null for a stranded person whose search has not been opened
 */
record SearchRow(
        Long searchId,
        String searchStatus,
        long caseId,
        String caseNumber,
        String stationName,
        String name,
        String sex,
        Integer age,
        Instant admittedAt,
        long days,
        Set<StepKind> kinds,
        int stepsDone,
        Instant lastStep,
        SearchDeadlines deadlines,
        boolean demo) {

    public boolean stranded() {
        return deadlines.active() && days > StayLimit.STRANDED_AFTER_DAYS;
    }

    public boolean settlementDue() {
        return deadlines.active() && days > StayLimit.SETTLEMENT_AFTER_DAYS;
    }

    public boolean done(String kind) {
        return kinds.contains(StepKind.valueOf(kind));
    }

    public boolean hasFlag(String flag) {
        return switch (flag) {
            case "noticeOverdue" -> deadlines.noticeOverdue();
            case "dnaOverdue" -> deadlines.dnaOverdue();
            case "noticeRefresh" -> deadlines.noticeRefreshDue();
            case "stranded" -> stranded();
            case "settlement" -> settlementDue();
            default -> true;
        };
    }
}
