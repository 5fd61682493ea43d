package org.minzheng.registry.feed;

import java.time.LocalDate;
import org.minzheng.shared.IdNumber;

/** A delivered record that passed every check: what is stored. */
record CheckedRecord(
        FeedKind kind,
        String externalId,
        IdNumber idNumber,
        String name,
        LocalDate occurredOn,
        LocalDate endedOn,
        Long amountFen,
        String category,
        String grade,
        String plate,
        String detail) {

    @Override
    public String toString() {
        return "CheckedRecord[" + kind + " " + externalId + "]";
    }
}
