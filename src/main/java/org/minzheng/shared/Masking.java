package org.minzheng.shared;

/**
 * Display masking (脱敏) in the spirit of GB/T 35273: show enough for a clerk or a neighbour to
 * recognise a record, not enough to use the data elsewhere.
 *
 * <p>Every helper is null-safe and never throws, because it runs while rendering pages and
 * exports where a bad stored value must not break the page. Input that does not fit the rule is
 * masked completely rather than partly revealed.
 */
public final class Masking {

    private static final String STAR = "*";

    private Masking() {}

    /**
     * {@code 张*} for two characters, {@code 张*三} for three, {@code 欧**明} for longer names (first
     * and last kept), {@code *} for a single character; works on code points so rare characters
     * outside the BMP count as one.
     */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        int[] codePoints = name.strip().codePoints().toArray();
        int length = codePoints.length;
        if (length == 1) {
            return STAR;
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(codePoints[0]);
        if (length == 2) {
            return masked.append(STAR).toString();
        }
        masked.append(STAR.repeat(length - 2));
        return masked.appendCodePoint(codePoints[length - 1]).toString();
    }

    /** {@code 371602********1234}: first 6 and last 4 of an 18- (or legacy 15-) character number. */
    public static String idNumberForStaff(String idNumber) {
        return keepEnds(compact(idNumber), 6, 4, 15);
    }

    /** {@code 3716**********1234}: first 4 and last 4; for the rare public list that needs a key. */
    public static String idNumberForPublic(String idNumber) {
        return keepEnds(compact(idNumber), 4, 4, 15);
    }

    /**
     * {@code 138****5678} for a mobile; for a landline the area code and the last two digits, e.g.
     * {@code 0543-*****67}. Anything that is not a phone number is masked completely.
     */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        return PhoneNumber.tryParse(phone)
                .map(PhoneNumber::masked)
                .orElseGet(() -> STAR.repeat(compact(phone).length()));
    }

    /** {@code 6217 **** **** 1234}, the same shape whatever the card's length. */
    public static String bankCard(String cardNumber) {
        String compact = compact(cardNumber);
        if (compact.isEmpty()) {
            return "";
        }
        if (compact.length() < 12) {
            return STAR.repeat(compact.length());
        }
        return compact.substring(0, 4) + " **** **** " + compact.substring(compact.length() - 4);
    }

    private static String keepEnds(String text, int head, int tail, int minimumLength) {
        if (text.isEmpty()) {
            return "";
        }
        if (text.length() < minimumLength) {
            return STAR.repeat(text.length());
        }
        return text.substring(0, head)
                + STAR.repeat(text.length() - head - tail)
                + text.substring(text.length() - tail);
    }

    private static String compact(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder compact = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-')
                .forEach(compact::appendCodePoint);
        return compact.toString();
    }
}
