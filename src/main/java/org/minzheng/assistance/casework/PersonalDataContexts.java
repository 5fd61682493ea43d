package org.minzheng.assistance.casework;

/**
 * Cipher and blind-index contexts of a case's personal data: a ciphertext copied to another column
 * fails to decrypt, and equal values in different columns give different indexes.
 */
final class PersonalDataContexts {

    static final String ID_NUMBER = "assistance.cases.id_number";
    static final String PHONE = "assistance.cases.phone";

    private PersonalDataContexts() {}
}
