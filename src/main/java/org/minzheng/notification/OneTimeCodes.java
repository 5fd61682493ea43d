package org.minzheng.notification;

import org.minzheng.shared.PhoneNumber;

/**
 * Six-digit codes sent by text message to prove that a citizen holds a phone (码上办 confirmation).
 * Only a keyed hash of each code is stored.
 */
public interface OneTimeCodes {

    /**
     * Sends a new code valid for five minutes, unless the phone was sent one in the last minute or
     * five in the last hour; the refusal is an answer, not an error, so the page can say when to try
     * again. A new code replaces the earlier ones of the same phone and purpose.
     *
     * @param purpose what the code confirms, e.g. {@code portal.case.phone}
     */
    CodeIssue issue(PhoneNumber phone, String purpose);

    /**
     * True exactly once for the latest unexpired code of that phone and purpose; after five wrong
     * codes it is locked and even the right one is refused, so a code cannot be guessed.
     */
    boolean verify(PhoneNumber phone, String purpose, String code);
}
