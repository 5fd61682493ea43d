package org.minzheng.charity.provider;

import org.minzheng.shared.InvalidMoneyException;
import org.minzheng.shared.Money;

/** Amounts typed in yuan: positive, whole fen, and below a sanity bound no charity service reaches. */
final class YuanInput {

    /** One hundred million yuan. */
    static final long LIMIT_FEN = 100_000_000_00L;

    private YuanInput() {}

    /** The amount in fen, or null when it is blank, not an amount, not positive or absurdly large. */
    static Long fen(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long fen = Money.parseYuan(text).fen();
            return fen > 0 && fen <= LIMIT_FEN ? fen : null;
        } catch (InvalidMoneyException notAnAmount) {
            return null;
        }
    }
}
