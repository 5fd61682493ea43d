package org.minzheng.lottery.welfare;

/** A grant that would take the project's grants over its budget (or a project already completed). */
class GrantRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    GrantRefusedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments;
    }
}
