package org.minzheng.rescue.followup;

/**
 * A rule of the follow-up said no; nothing was stored.
 *
 * @param field the form field the refusal belongs to, or null for the whole form
 */
class FollowUpRefusedException extends RuntimeException {

    private final String field;

    FollowUpRefusedException(String field, String messageKey) {
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
