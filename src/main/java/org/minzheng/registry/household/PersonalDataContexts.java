package org.minzheng.registry.household;

/**
 * Cipher and blind-index contexts of the registry's personal data: a ciphertext copied to another
 * column fails to decrypt, and equal values in different columns give different indexes.
 */
final class PersonalDataContexts {

    static final String ID_NUMBER = "registry.persons.id_number";
    static final String PHONE = "registry.persons.phone";

    private PersonalDataContexts() {}
}
