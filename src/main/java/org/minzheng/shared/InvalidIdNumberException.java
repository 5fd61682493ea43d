package org.minzheng.shared;

/**
 * Thrown when text cannot be read as a resident ID number. The message names only the reason,
 * never the number itself.
 */
public class InvalidIdNumberException extends IllegalArgumentException {

    public enum Reason {
        BLANK("idNumber.invalid.blank"),
        LENGTH("idNumber.invalid.length"),
        CHARACTERS("idNumber.invalid.characters"),
        BIRTH_DATE("idNumber.invalid.birthDate"),
        CHECK_DIGIT("idNumber.invalid.checkDigit");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;

    public InvalidIdNumberException(Reason reason) {
        super("Not a valid resident ID number: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return reason.messageKey();
    }
}
