package org.minzheng.charity.donation;

/**
 * An amount written in Chinese capital numerals (大写金额) as receipts and cheques require it, following the
 * People's Bank of China rules for writing amounts (《支付结算办法》附件): 拾 always carries its digit
 * (壹拾), one 零 stands for any run of zeros inside the number, 整 closes an amount that ends at 元 or 角,
 * and a gift with fen but no jiao keeps the 零 before the fen (壹元零伍分).
 */
final class ChineseAmount {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] PLACES = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿"};
    /** Below 1 万亿 yuan: the three group names suffice. */
    static final long LIMIT_FEN = 1_000_000_000_000_00L;

    private ChineseAmount() {}

    /**
     * @param fen zero or more, below {@link #LIMIT_FEN}
     * @throws IllegalArgumentException for a negative amount or one of 1 万亿 yuan or more
     */
    static String of(long fen) {
        if (fen < 0 || fen >= LIMIT_FEN) {
            throw new IllegalArgumentException("Amount out of range for capital numerals");
        }
        long yuan = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int cents = (int) (fen % 10);
        if (fen == 0) {
            return "零元整";
        }
        StringBuilder text = new StringBuilder(integer(yuan));
        if (yuan > 0) {
            text.append('元');
        }
        if (jiao == 0 && cents == 0) {
            return text.append('整').toString();
        }
        if (jiao > 0) {
            text.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan > 0) {
            text.append('零');
        }
        if (cents > 0) {
            text.append(DIGITS.charAt(cents)).append('分');
        } else {
            text.append('整');
        }
        return text.toString();
    }

    private static String integer(long yuan) {
        if (yuan == 0) {
            return "";
        }
        String digits = Long.toString(yuan);
        StringBuilder text = new StringBuilder();
        boolean zeroPending = false;
        boolean groupHasDigit = false;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(i) - '0';
            int position = digits.length() - 1 - i;
            if (digit == 0) {
                zeroPending = true;
            } else {
                if (zeroPending && !text.isEmpty()) {
                    text.append('零');
                }
                zeroPending = false;
                groupHasDigit = true;
                text.append(DIGITS.charAt(digit)).append(PLACES[position % 4]);
            }
            if (position % 4 == 0) {
                if (groupHasDigit) {
                    text.append(GROUPS[position / 4]);
                }
                groupHasDigit = false;
            }
        }
        return text.toString();
    }
}
