package org.minzheng.shared.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text holds no markup: no {@code <} or {@code >}, no control characters and no bidirectional
 * overrides (which can make a name display differently from what is stored). Templates escape
 * output anyway; this keeps markup out of stored names and notes that later reach exports, SMS
 * and public notices. Null is valid.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "{validation.plainText}";

    /** Whether tab, carriage return and line feed are allowed, as in a multi-line remark; false for names. */
    boolean allowLineBreaks() default true;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
