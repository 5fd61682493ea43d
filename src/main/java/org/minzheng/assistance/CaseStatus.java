package org.minzheng.assistance;

/**
 * Where a case stands; labels under {@code assistance.status.<NAME>}. TRANSFERRED only names the
 * step of a transfer between townships: the case itself waits for acceptance again.
 */
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
    /** 临时救助 paid first (先行救助); the file is completed afterwards. */
    ADVANCED,
    ENROLLED;

    public String labelKey() {
        return "assistance.status." + name();
    }

    /** How a history row that took the case to this status reads: "已提交" rather than the status "待受理". */
    public String stepKey() {
        return "assistance.step." + name();
    }
}
