package org.minzheng.notification.outbox;

/** How phones in the notification tables are protected: SM4-GCM bound to the column, HMAC-SM3 for look-up. */
public final class SmsPhones {

    /** Cipher and blind-index context of {@code notification.sms_outbox.phone_*}. */
    public static final String OUTBOX = "notification.sms_outbox.phone";

    /** Cipher and blind-index context of {@code notification.dev_inbox.phone_*}. */
    public static final String DEV_INBOX = "notification.dev_inbox.phone";

    private SmsPhones() {}
}
