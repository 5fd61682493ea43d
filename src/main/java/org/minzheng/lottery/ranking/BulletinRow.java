package org.minzheng.lottery.ranking;

import java.time.LocalDate;

/** A row of a published bulletin, with the interview of a flagged entry when one was recorded. */
public record BulletinRow(
        int rank,
        long subjectId,
        String subjectName,
        long value,
        Long previous,
        boolean bottom,
        LocalDate interviewedOn,
        String interviewer,
        String causes,
        String measures) {

    public boolean awaitingInterview() {
        return bottom && interviewedOn == null;
    }
}
