package org.minzheng.policy.catalogue;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A number a citizen can dial to ask about a policy: a landline with area code ({@code 0543-3186123},
 * an extension allowed), a mobile, a public service hotline ({@code 12345}, {@code 12333}, {@code 96xxx})
 * or a {@code 400}/{@code 800} number. One number only, so that it can become a {@code tel:} link. Null
 * and blank are valid: add {@code @NotBlank} when required.
 */
@Documented
@Constraint(validatedBy = ServicePhoneValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ServicePhone {

    String message() default "{policy.validation.phone}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
