package org.minzheng.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.minzheng.shared.PhoneNumber;

public class MobilePhoneValidator implements ConstraintValidator<MobilePhone, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || value.toString().isBlank()) {
            return true;
        }
        return PhoneNumber.tryParse(value.toString())
                .filter(PhoneNumber::isMobile)
                .isPresent();
    }
}
