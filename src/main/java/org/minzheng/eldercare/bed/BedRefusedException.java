package org.minzheng.eldercare.bed;

/** A step the rules do not allow, with the message key (and arguments) that tells staff why. */
class BedRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    BedRefusedException(String messageKey, Object... args) {
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
