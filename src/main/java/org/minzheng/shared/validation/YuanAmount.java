package org.minzheng.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text is an amount of yuan that {@code Money.parseYuan} accepts, between {@link #min()} and
 * {@link #max()} fen inclusive. Negative amounts are refused unless {@code min} allows them, since
 * almost every amount typed into a form is a payment or a standard. Null and blank are valid.
 */
@Documented
@Constraint(validatedBy = YuanAmountValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface YuanAmount {

    String message() default "{validation.yuanAmount}";

    /** Smallest accepted amount in fen. */
    long min() default 0;

    /** Largest accepted amount in fen. */
    long max() default Long.MAX_VALUE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
