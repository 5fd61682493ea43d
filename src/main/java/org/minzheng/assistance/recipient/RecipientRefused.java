package org.minzheng.assistance.recipient;

/** A change the recipient's state or the rules do not allow; the message key tells the clerk which. */
class RecipientRefused extends RuntimeException {

    private final String messageKey;

    RecipientRefused(String messageKey) {
        super("Recipient change refused: " + messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
