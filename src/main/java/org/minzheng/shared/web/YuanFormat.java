package org.minzheng.shared.web;

import org.minzheng.shared.Money;

/** Lets a page show an amount in fen as yuan with two decimals: {@code ${yuan.of(row.amountFen())}}. */
public final class YuanFormat {

    public static final YuanFormat INSTANCE = new YuanFormat();

    private YuanFormat() {}

    public String of(long fen) {
        return Money.ofFen(fen).toYuanString();
    }

    /** With the yuan sign and thousands grouped, for the public pages: {@code ¥1,234.50}. */
    public String money(long fen) {
        return Money.ofFen(fen).format();
    }
}
