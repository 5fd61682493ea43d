package org.minzheng.payment.account;

/**
 * A bank card or passbook number as Chinese banks issue them: 12 to 19 digits for a debit card, or
 * up to 25 for a passbook; the Luhn check is not applied because passbook numbers do not carry it.
 */
public record BankAccountNumber(String value) {

    public BankAccountNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a bank account number");
        }
    }

    public static boolean isValid(String text) {
        return text != null && text.matches("[0-9]{12,25}");
    }

    /** Spaces people type between groups are dropped. */
    public static String normalise(String text) {
        return text == null ? "" : text.replaceAll("[\\s-]", "");
    }

    /** First 4 and last 4 digits: 6217 **** **** 1234. */
    public String masked() {
        return value.substring(0, 4) + " **** **** " + value.substring(value.length() - 4);
    }
}
