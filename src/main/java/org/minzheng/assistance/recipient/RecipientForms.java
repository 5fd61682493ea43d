package org.minzheng.assistance.recipient;

/** What the recipient forms share. */
final class RecipientForms {

    /** Reasons reach the household by text message, which holds 300 characters with its wording. */
    static final int MAX_REASON = 200;

    private RecipientForms() {}

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
