package org.minzheng.rescue.followup;

import java.time.Instant;
import java.time.LocalDate;
import org.minzheng.rescue.matching.PersonDescription;

/**
 * A link from a new case to an earlier stay, with both persons as the page shows them side by side.
 *
 * @param later the new case
 * @param earlier the earlier case, or the returnee when there is no earlier case
 */
record RepeatLink(
        long id,
        String method,
        Integer score,
        String reasons,
        String status,
        String decidedBy,
        Instant decidedAt,
        Instant createdAt,
        boolean canDecide,
        Side later,
        Side earlier) {

    /**
     * One person as written down.
     *
     * @param returneeId the returnee record, when the person is (also) one
     * @param date admitted (later), released or returned (earlier)
     */
    record Side(
            Long caseId,
            Long returneeId,
            String number,
            String name,
            String sex,
            Integer birthYear,
            Integer heightCm,
            String features,
            String dialect,
            String place,
            LocalDate date,
            String station,
            PersonDescription description) {}
}
