package org.minzheng.eldercare.bed;

import java.math.BigDecimal;

/** Fen shown as yuan with two decimals, for messages and pages. */
final class Yuan {

    private Yuan() {}

    static String of(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
