package org.minzheng.policy.catalogue;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/**
 * Checks {@link ServicePhone}. The general {@code PhoneNumber} of the shared kernel accepts only mobiles
 * and landlines, because it identifies a person; departments are also reached by short hotlines.
 */
public class ServicePhoneValidator implements ConstraintValidator<ServicePhone, CharSequence> {

    private static final Pattern NUMBER = Pattern.compile(String.join(
            "|",
            // landline with a 3- or 4-digit area code, dash optional, extension after a second dash
            "0[1-9][0-9]{1,2}-?[2-9][0-9]{6,7}(-[0-9]{1,6})?",
            "1[3-9][0-9]{9}",
            // 12xxx government hotlines (12345, 12333, 12348 …) and 95xxx/96xxx service numbers
            "12[0-9]{3}",
            "9[56][0-9]{3,4}",
            "[48]00-?[0-9]{3}-?[0-9]{4}"));

    public static boolean isValid(String value) {
        return NUMBER.matcher(value.strip()).matches();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || value.toString().isBlank() || isValid(value.toString());
    }
}
