package org.minzheng.payment.payroll;

/** A payroll step that cannot be taken now; {@link #messageKey()} says why. */
class PaymentRefused extends RuntimeException {

    private final String messageKey;

    PaymentRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
