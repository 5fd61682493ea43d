package org.minzheng.assistance.recipient;

/** Whether a recipient's benefit is paid, stopped for the time being, or over. */
enum RecipientStatus {
    ACTIVE,
    SUSPENDED,
    ENDED;

    public String labelKey() {
        return "recipient.status." + name();
    }
}
