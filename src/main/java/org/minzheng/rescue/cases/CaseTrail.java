package org.minzheng.rescue.cases;

import java.time.Instant;
import java.util.List;

/**
 * What happened around a case in the other rescue features, for its page: the family search, the return follow-up,
 * and the earlier stays it was linked to as repeat vagrancy.
 */
record CaseTrail(Long searchId, String searchStatus, Long returneeId, List<EarlierStay> earlierStays) {

    public boolean confirmedRepeat() {
        return earlierStays.stream().anyMatch(s -> "CONFIRMED".equals(s.status()));
    }

    public boolean suggestedRepeat() {
        return earlierStays.stream().anyMatch(s -> "SUGGESTED".equals(s.status()));
    }

    /**
     * One link from this case to an earlier stay (or to a returnee with no case here).
     *
     * @param method ID_NUMBER or MATCH
     * @param status SUGGESTED or CONFIRMED (rejected links are not shown)
     */
    record EarlierStay(
            long linkId,
            Long caseId,
            String caseNumber,
            Instant admittedAt,
            String stationName,
            Long returneeId,
            String method,
            Integer score,
            String status) {}
}
