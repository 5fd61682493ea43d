package org.minzheng.assistance;

/** A case that cannot be filed; {@link #messageKey()} says why in the user's language. */
public class CaseRefused extends RuntimeException {

    private final String messageKey;

    public CaseRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
