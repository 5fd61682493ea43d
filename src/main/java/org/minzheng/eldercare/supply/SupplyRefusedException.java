package org.minzheng.eldercare.supply;

/** A supply step that cannot be taken; the message key says why to the staff member. */
class SupplyRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    SupplyRefusedException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] args() {
        return args;
    }
}
