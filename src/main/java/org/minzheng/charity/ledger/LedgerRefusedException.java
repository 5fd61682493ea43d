package org.minzheng.charity.ledger;

/** A movement the fund cannot take, most often because it would go below zero; nothing was recorded. */
public class LedgerRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public LedgerRefusedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
