package org.minzheng.charity.donation;

/** A change the rules of donations refuse; nothing was recorded. */
class DonationRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    DonationRefusedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
