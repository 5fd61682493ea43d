package org.minzheng.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text is a resident ID number (GB 11643) after normalisation; the 15-digit legacy form is
 * accepted too. Null and blank are valid: add {@code @NotBlank} when required.
 */
@Documented
@Constraint(validatedBy = ValidIdNumberValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidIdNumber {

    String message() default "{validation.idNumber}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
