package org.minzheng.shared;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of renminbi in fen (分), the unit benefits and payments are settled in. Whole fen
 * as a {@code long} keep sums exact; yuan strings exist only at the edges (forms, pages, exports).
 */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    /** Integer part either plain ("1234") or grouped by thousands ("1,234"), then up to two decimals. */
    private static final Pattern AMOUNT = Pattern.compile("(-)?(?:¥\\s*)?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?");

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    public static Money ofYuan(long yuan) {
        return new Money(Math.multiplyExact(yuan, 100));
    }

    /**
     * Reads an amount in yuan as people type it: {@code "12"}, {@code "12.3"}, {@code "12.34"},
     * {@code "1,234.50"}, optionally after {@code ¥}/{@code ￥} and in full-width digits.
     *
     * @throws InvalidMoneyException with reason FORMAT (blank, letters, misplaced separators),
     *     DECIMALS (finer than one fen) or RANGE (beyond a {@code long} of fen)
     */
    public static Money parseYuan(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidMoneyException(InvalidMoneyException.Reason.FORMAT);
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        Matcher matcher = AMOUNT.matcher(normalised);
        if (!matcher.matches()) {
            throw new InvalidMoneyException(InvalidMoneyException.Reason.FORMAT);
        }
        String decimals = matcher.group(3);
        if (decimals != null && decimals.length() > 2) {
            throw new InvalidMoneyException(InvalidMoneyException.Reason.DECIMALS);
        }
        String sign = matcher.group(1) == null ? "" : "-";
        String integerPart = matcher.group(2).replace(",", "");
        BigDecimal yuan = new BigDecimal(sign + integerPart + (decimals == null ? "" : "." + decimals));
        try {
            return new Money(yuan.movePointRight(2).longValueExact());
        } catch (ArithmeticException tooLarge) {
            throw new InvalidMoneyException(InvalidMoneyException.Reason.RANGE);
        }
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(fen, factor));
    }

    public boolean isNegative() {
        return fen < 0;
    }

    public boolean isZero() {
        return fen == 0;
    }

    /** Plain yuan with two decimals and no grouping, e.g. {@code "1234.50"}; what exports and forms use. */
    public String toYuanString() {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /** For display: {@code "¥1,234.50"}, or {@code "-¥1,234.50"} for a negative amount. */
    public String format() {
        String plain = toYuanString();
        boolean negative = plain.startsWith("-");
        String unsigned = negative ? plain.substring(1) : plain;
        int point = unsigned.indexOf('.');
        String integerPart = unsigned.substring(0, point);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integerPart.length(); i++) {
            if (i > 0 && (integerPart.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(integerPart.charAt(i));
        }
        return (negative ? "-" : "") + "¥" + grouped + unsigned.substring(point);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }
}
