package org.minzheng.eldercare.service;

/** What the visit rules can find wrong with a visit. */
public enum AnomalyKind {
    /** The scheduled day passed without a check-in. */
    MISSED,
    /** Checked out after less than the allowed share of the item's standard minutes. */
    TOO_SHORT,
    /** The caregiver was checked in at two homes at once. */
    OVERLAP,
    /** The reported check-out precedes the check-in: a phone clock was changed, or a record was edited. */
    CHECK_OUT_BEFORE_CHECK_IN;

    public String messageKey() {
        return "eldercare.visit.anomaly." + name();
    }
}
