package org.minzheng.eldercare.service;

/** Where a visit of the monthly plan stands. */
public enum VisitStatus {
    /** In the plan, no caregiver yet. */
    PLANNED,
    /** Given to a caregiver of the provider. */
    DISPATCHED,
    /** The caregiver checked in at the home. */
    STARTED,
    /** Checked in and out. */
    DONE,
    /** The day passed without a check-in. */
    MISSED,
    CANCELLED;

    public String messageKey() {
        return "eldercare.visit.status." + name();
    }

    boolean open() {
        return this == PLANNED || this == DISPATCHED;
    }
}
