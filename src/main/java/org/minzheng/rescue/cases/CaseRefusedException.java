package org.minzheng.rescue.cases;

/**
 * A rule of the stay said no; nothing was stored.
 *
 * @param field the form field the refusal belongs to, or null for the whole form
 */
class CaseRefusedException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] args;

    CaseRefusedException(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    String messageKey() {
        return messageKey;
    }

    String field() {
        return field;
    }

    Object[] args() {
        return args.clone();
    }
}
