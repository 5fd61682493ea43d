package org.minzheng.childwelfare.session;

/** A session that cannot be stored as entered; field is null when the refusal concerns the whole form. */
class SessionRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    SessionRefused(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }
}
