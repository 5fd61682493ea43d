package org.minzheng.rescue.search;

/**
 * A rule of the family search said no; nothing was stored.
 *
 * @param field the form field the refusal belongs to, or null for the whole form
 */
class SearchRefusedException extends RuntimeException {

    private final String field;
    private final transient Object[] args;

    SearchRefusedException(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.args = args.clone();
    }

    String messageKey() {
        return getMessage();
    }

    String field() {
        return field;
    }

    Object[] args() {
        return args.clone();
    }
}
