package org.minzheng.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mainland phone number: an 11-digit mobile ({@code 13812345678}) or a landline with its area
 * code ({@code 0543-1234567}). {@link #toString()} is masked so that numbers stay out of logs.
 */
public record PhoneNumber(String value) {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0[1-9]\\d{1,2}-\\d{7,8}");

    /** Accepts only the canonical forms; use {@link #parse(String)} for typed input. */
    public PhoneNumber {
        if (value == null || !(MOBILE.matcher(value).matches() || isCanonicalLandline(value))) {
            throw new InvalidPhoneNumberException();
        }
    }

    /**
     * Reads a number as people type it: spaces, dashes, brackets and full-width digits are
     * ignored, and a {@code +86}/{@code 0086}/{@code 86} country code in front of a mobile is
     * dropped.
     *
     * @throws InvalidPhoneNumberException if it is neither a mobile nor a landline with area code
     */
    public static PhoneNumber parse(String raw) {
        return tryParse(raw).orElseThrow(InvalidPhoneNumberException::new);
    }

    public static Optional<PhoneNumber> tryParse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = compact(raw);
        if (compact == null) {
            return Optional.empty();
        }
        if (compact.startsWith("+")) {
            return compact.startsWith("+86") ? mobile(compact.substring(3)) : Optional.empty();
        }
        if (compact.startsWith("0086")) {
            return mobile(compact.substring(4));
        }
        if (compact.startsWith("86") && compact.length() == 13) {
            return mobile(compact.substring(2));
        }
        if (compact.startsWith("0")) {
            return landline(compact);
        }
        return mobile(compact);
    }

    public static boolean isValid(String raw) {
        return tryParse(raw).isPresent();
    }

    public boolean isMobile() {
        return !value.startsWith("0");
    }

    /** {@code 138****5678}; a landline keeps its area code and last two digits: {@code 0543-*****67}. */
    public String masked() {
        if (isMobile()) {
            return value.substring(0, 3) + "****" + value.substring(7);
        }
        int dash = value.indexOf('-');
        int hidden = value.length() - dash - 1 - 2;
        return value.substring(0, dash + 1) + "*".repeat(hidden) + value.substring(value.length() - 2);
    }

    @Override
    public String toString() {
        return masked();
    }

    /**
     * Area codes 010 and 020–029 (Beijing and the large cities) have three digits, all others
     * four; this is what makes a number typed without a dash unambiguous.
     */
    private static int areaCodeLength(String digits) {
        return digits.length() > 1 && (digits.charAt(1) == '1' || digits.charAt(1) == '2') ? 3 : 4;
    }

    private static boolean isCanonicalLandline(String value) {
        return LANDLINE.matcher(value).matches() && value.indexOf('-') == areaCodeLength(value);
    }

    private static Optional<PhoneNumber> mobile(String digits) {
        return MOBILE.matcher(digits).matches() ? Optional.of(new PhoneNumber(digits)) : Optional.empty();
    }

    private static Optional<PhoneNumber> landline(String digits) {
        if (digits.length() < 3 || digits.charAt(1) == '0') {
            return Optional.empty();
        }
        int areaCodeLength = areaCodeLength(digits);
        String local = digits.substring(Math.min(areaCodeLength, digits.length()));
        if (local.length() < 7 || local.length() > 8) {
            return Optional.empty();
        }
        return Optional.of(new PhoneNumber(digits.substring(0, areaCodeLength) + "-" + local));
    }

    /**
     * The input without separators and with full-width characters made half-width: digits with
     * at most a leading {@code +}; null if anything else is in it.
     */
    private static String compact(String raw) {
        StringBuilder compact = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (c >= '0' && c <= '9' || c == '+' && compact.isEmpty()) {
                compact.append(c);
            } else if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '(' || c == ')')) {
                return null;
            }
        }
        return compact.isEmpty() ? null : compact.toString();
    }
}
