package org.minzheng.charity.donation;

import org.minzheng.shared.InvalidMoneyException;
import org.minzheng.shared.Money;
import org.springframework.validation.BindingResult;

/** Reads an amount of yuan typed into a money form, refusing zero, negatives, fractions of a fen and absurd sums. */
final class YuanInput {

    /** 10 亿元: far above any single gift Binzhou has seen (the largest enterprise gifts were a few million). */
    static final long MAX_FEN = 1_000_000_000_00L;

    private YuanInput() {}

    /** The amount in fen, or null after rejecting {@code field} with a message saying why. */
    static Long read(String typed, BindingResult errors, String field) {
        if (typed == null || typed.isBlank() || errors.hasFieldErrors(field)) {
            return null;
        }
        try {
            long fen = Money.parseYuan(typed).fen();
            if (fen <= 0) {
                errors.rejectValue(field, "charity.donation.validation.amountPositive");
            } else if (fen > MAX_FEN) {
                errors.rejectValue(field, "charity.donation.validation.amountTooLarge");
            } else {
                return fen;
            }
        } catch (InvalidMoneyException bad) {
            errors.rejectValue(
                    field,
                    switch (bad.reason()) {
                        case DECIMALS -> "charity.donation.validation.amountDecimals";
                        case RANGE -> "charity.donation.validation.amountTooLarge";
                        default -> "charity.donation.validation.amountFormat";
                    });
        }
        return null;
    }
}
