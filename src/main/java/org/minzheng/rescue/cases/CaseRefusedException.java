package org.minzheng.rescue.cases;

/**
 * A rule of the stay said no; nothing was stored.
 *
 * @param field the form field the refusal belongs to, or null for the whole form
 */
public class CaseRefusedException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] args;

    CaseRefusedException(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    public Object[] args() {
        return args.clone();
    }
}
