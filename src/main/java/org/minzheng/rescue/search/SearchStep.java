package org.minzheng.rescue.search;

import java.time.Instant;

/** One logged step of a search. */
record SearchStep(
        long id,
        long searchId,
        StepKind kind,
        Instant takenAt,
        String agency,
        String reference,
        Integer audience,
        StepResult result,
        Instant resultAt,
        String resultNote,
        String createdBy) {

    public boolean pending() {
        return result == StepResult.PENDING;
    }
}
