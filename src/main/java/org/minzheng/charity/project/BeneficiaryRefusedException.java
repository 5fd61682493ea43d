package org.minzheng.charity.project;

/** A beneficiary the rules do not allow; the message key and arguments explain why to the staff member. */
class BeneficiaryRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    BeneficiaryRefusedException(String messageKey, Object... arguments) {
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
