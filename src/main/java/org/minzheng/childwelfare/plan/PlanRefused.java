package org.minzheng.childwelfare.plan;

/** A change the rules do not allow; field names the form field the message belongs to. */
class PlanRefused extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    PlanRefused(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] args() {
        return args;
    }
}
