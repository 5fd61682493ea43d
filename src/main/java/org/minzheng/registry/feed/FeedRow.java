package org.minzheng.registry.feed;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A delivered record as the list shows it; the ID number is still encrypted and gets masked on the way out.
 *
 * @param householdId the household of the registered person it matched, null when 未匹配
 */
record FeedRow(
        long id,
        String department,
        String departmentName,
        FeedKind kind,
        String externalId,
        byte[] idNumberCipher,
        String personName,
        LocalDate occurredOn,
        LocalDate endedOn,
        Long amountFen,
        String category,
        String grade,
        String plate,
        String detail,
        boolean demo,
        Instant receivedAt,
        Long householdId,
        String householdNumber) {

    @Override
    public String toString() {
        return "FeedRow[" + id + "]";
    }
}
