package org.minzheng.registry.household;

/**
 * Cipher and blind-index contexts of the registry's personal data: a ciphertext copied to another
 * column fails to decrypt, and equal values in different columns give different indexes. The import and the
 * department feeds write and match the same columns, so they use these too.
 */
public final class PersonalDataContexts {

    public static final String ID_NUMBER = "registry.persons.id_number";
    public static final String PHONE = "registry.persons.phone";

    private PersonalDataContexts() {}
}
