package org.minzheng.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.minzheng.shared.InvalidMoneyException;
import org.minzheng.shared.Money;

public class YuanAmountValidator implements ConstraintValidator<YuanAmount, CharSequence> {

    private long min;
    private long max;

    @Override
    public void initialize(YuanAmount annotation) {
        this.min = annotation.min();
        this.max = annotation.max();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || value.toString().isBlank()) {
            return true;
        }
        try {
            long fen = Money.parseYuan(value.toString()).fen();
            return fen >= min && fen <= max;
        } catch (InvalidMoneyException notAnAmount) {
            return false;
        }
    }
}
