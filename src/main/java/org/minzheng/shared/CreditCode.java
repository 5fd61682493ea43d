package org.minzheng.shared;

import java.util.Locale;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet without I, O, S, V and Z;
 * the last is a check character computed mod 31 over the first 17 with weights 3^i mod 31.
 */
public record CreditCode(String value) {

    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int LENGTH = 18;

    public CreditCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a unified social credit code");
        }
    }

    /** Upper-cases and strips the input, then checks length, alphabet and check character. */
    public static CreditCode parse(String raw) {
        return new CreditCode(normalise(raw));
    }

    public static String normalise(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return checkChar(code.substring(0, LENGTH - 1)) == code.charAt(LENGTH - 1);
    }

    /** @param first17 the first 17 characters, all from the alphabet */
    public static char checkChar(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
