package org.minzheng.policy.screening;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A screening run as the pages list it. */
public record ScreeningRunRow(
        long id,
        String regionCode,
        String regionPrefix,
        LocalDate day,
        String trigger,
        String startedBy,
        String status,
        Long jobId,
        int policies,
        long households,
        long persons,
        long findings,
        long foundHouseholds,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt) {

    public boolean done() {
        return "DONE".equals(status);
    }
}
