package org.minzheng.payment.payroll;

/** A payroll's life: drafted, approved by the county, sent to the bank, and reconciled from its returns. */
public enum PayrollStatus {
    DRAFT,
    APPROVED,
    EXPORTED,
    RECONCILED;

    public String labelKey() {
        return "payment.payroll.status." + name();
    }
}
