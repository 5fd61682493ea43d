package org.minzheng.registry.importing;

/** An upload that is not taken in at all (wrong type, too large); the message key tells the caseworker why. */
class UploadRefusedException extends RuntimeException {

    private final String messageKey;

    UploadRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
