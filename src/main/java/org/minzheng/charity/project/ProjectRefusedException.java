package org.minzheng.charity.project;

/** A change to a project or its beneficiaries that the rules do not allow; the message key and arguments say why. */
class ProjectRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    ProjectRefusedException(String messageKey, Object... arguments) {
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
