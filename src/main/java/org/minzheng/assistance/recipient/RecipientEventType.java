package org.minzheng.assistance.recipient;

/** The kinds of entry in a recipient's history. */
enum RecipientEventType {
    ENROLLED,
    AMOUNT_CHANGED,
    SUSPENDED,
    RESUMED,
    EXITED,
    REVIEWED;

    public String labelKey() {
        return "recipient.event." + name();
    }
}
