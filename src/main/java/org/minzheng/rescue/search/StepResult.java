package org.minzheng.rescue.search;

/** What came of a step; PENDING until the answer is in. */
enum StepResult {
    PENDING,
    NO_MATCH,
    LEAD,
    MATCHED,
    PUBLISHED;

    public String messageKey() {
        return "rescue.search.step.result." + name();
    }
}
