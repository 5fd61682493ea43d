package org.minzheng.payment.benefit;

/**
 * Cipher and blind-index contexts of the benefit records' personal data: their own, so that neither a
 * ciphertext nor an index can be matched with another module's copy of the same number.
 */
final class PersonalData {

    static final String ID_NUMBER = "payment.benefit_records.id_number";
    static final String PHONE = "payment.benefit_records.phone";

    private PersonalData() {}
}
