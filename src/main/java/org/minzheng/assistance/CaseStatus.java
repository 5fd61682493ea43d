package org.minzheng.assistance;

/** Where a case stands; labels under {@code assistance.status.<NAME>}. */
public enum CaseStatus {
    SUBMITTED,
    ACCEPTED,
    RETURNED,
    TRANSFERRED,
    REJECTED,
    INVESTIGATED,
    ON_NOTICE,
    CONFIRMED,
    REFUSED,
    ENROLLED;

    public String labelKey() {
        return "assistance.status." + name();
    }
}
