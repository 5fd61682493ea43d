package org.minzheng.shared.web;

import org.minzheng.shared.Money;

/** Lets a page show an amount in fen as yuan with two decimals: {@code ${yuan.of(row.amountFen())}}. */
public final class YuanFormat {

    public static final YuanFormat INSTANCE = new YuanFormat();

    private YuanFormat() {}

    public String of(long fen) {
        return Money.ofFen(fen).toYuanString();
    }
}
