package org.minzheng.rescue.escort;

/**
 * A rule of the escort said no; nothing was stored.
 *
 * @param field the form field the refusal belongs to, or null for the whole form
 */
class EscortRefusedException extends RuntimeException {

    private final String field;

    EscortRefusedException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    String messageKey() {
        return getMessage();
    }

    String field() {
        return field;
    }
}
