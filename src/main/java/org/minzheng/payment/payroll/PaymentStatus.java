package org.minzheng.payment.payroll;

/** One payment's life: waiting for a bank file, sent in one, then paid or failed (and sent again). */
public enum PaymentStatus {
    PENDING,
    SENT,
    PAID,
    FAILED;

    public String labelKey() {
        return "payment.status." + name();
    }
}
