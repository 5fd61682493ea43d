package org.minzheng.staff.account;

/** How staff phone numbers are protected at rest: SM4-GCM bound to this column, HMAC-SM3 for look-up. */
public final class AccountPhones {

    /** Cipher and blind-index context: a ciphertext copied to another column does not decrypt. */
    public static final String CONTEXT = "staff.accounts.phone";

    private AccountPhones() {}
}
