package org.minzheng.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    private boolean allowLineBreaks;

    @Override
    public void initialize(PlainText annotation) {
        this.allowLineBreaks = annotation.allowLineBreaks();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return value.codePoints().allMatch(this::isAllowed);
    }

    private boolean isAllowed(int c) {
        if (c == '<' || c == '>') {
            return false;
        }
        if (c == '\t' || c == '\n' || c == '\r') {
            return allowLineBreaks;
        }
        return !Character.isISOControl(c) && !isBidiControl(c);
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
    }
}
