package org.minzheng.assistance.recipient;

/**
 * Cipher and blind-index context of a recipient's phone: its own, so that neither a ciphertext nor
 * an index can be matched with the case's copy of the same number.
 */
final class PersonalDataContexts {

    static final String PHONE = "assistance.recipients.phone";

    private PersonalDataContexts() {}
}
