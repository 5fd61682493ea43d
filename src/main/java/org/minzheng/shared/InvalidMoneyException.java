package org.minzheng.shared;

/**
 * Thrown when text typed as an amount of yuan cannot be read as one. The message never repeats
 * the input; {@link #messageKey()} names the text to show the user.
 */
public class InvalidMoneyException extends IllegalArgumentException {

    public enum Reason {
        FORMAT("money.invalid.format"),
        DECIMALS("money.invalid.decimals"),
        RANGE("money.invalid.range");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;

    public InvalidMoneyException(Reason reason) {
        super("Not a valid amount of yuan: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return reason.messageKey();
    }
}
