package org.minzheng.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.minzheng.shared.IdNumber;

public class ValidIdNumberValidator implements ConstraintValidator<ValidIdNumber, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || value.toString().isBlank() || IdNumber.isValid(value.toString());
    }
}
