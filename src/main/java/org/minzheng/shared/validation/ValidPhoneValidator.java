package org.minzheng.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.minzheng.shared.PhoneNumber;

public class ValidPhoneValidator implements ConstraintValidator<ValidPhone, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || value.toString().isBlank() || PhoneNumber.isValid(value.toString());
    }
}
