package org.minzheng.notification;

import java.util.Objects;
import java.util.regex.Pattern;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.validation.PlainTextValidator;

/**
 * A text message to one phone.
 *
 * @param to a mobile number; landlines cannot receive text messages
 * @param text at most {@value #MAX_TEXT} characters of plain text on one line (gateways bill per 70
 *     characters and reject markup)
 * @param purpose what the message is about, lower-case dotted like an audit action, e.g. {@code
 *     assistance.case.accepted}
 * @param reference the business record it belongs to, e.g. a case number; may be null
 */
public record Sms(PhoneNumber to, String text, String purpose, String reference) {

    public static final int MAX_TEXT = 300;
    static final int MAX_REFERENCE = 64;
    private static final Pattern PURPOSE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*");
    private static final int MAX_PURPOSE = 80;

    /** @throws IllegalArgumentException on a missing or landline phone, blank, long or marked-up text, or a bad purpose */
    public Sms {
        Objects.requireNonNull(to, "to");
        if (!to.isMobile()) {
            throw new IllegalArgumentException("A text message needs a mobile number");
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT || !isPlain(text)) {
            throw new IllegalArgumentException("A text message needs 1 to " + MAX_TEXT + " characters of plain text");
        }
        if (purpose == null
                || purpose.length() > MAX_PURPOSE
                || !PURPOSE.matcher(purpose).matches()) {
            throw new IllegalArgumentException("The purpose reads like assistance.case.accepted");
        }
        reference = reference == null || reference.isBlank() ? null : reference.strip();
        if (reference != null && (reference.length() > MAX_REFERENCE || !isPlain(reference))) {
            throw new IllegalArgumentException("The reference has at most " + MAX_REFERENCE + " plain characters");
        }
    }

    private static boolean isPlain(String value) {
        return new PlainTextValidator().isValid(value, null);
    }

    /** Leaves the text out: a one-time code must not reach a log through a message's description. */
    @Override
    public String toString() {
        return "Sms[to=" + to.masked() + ", purpose=" + purpose + ", reference=" + reference + ", length="
                + text.length() + "]";
    }
}
