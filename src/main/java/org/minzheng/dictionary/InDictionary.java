package org.minzheng.dictionary;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text is the code of an enabled entry of the named dictionary, e.g. {@code @InDictionary("ethnicity")}.
 * Null and blank are valid; add {@code @NotBlank} where the field is required.
 */
@Documented
@Constraint(validatedBy = InDictionaryValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface InDictionary {

    /** The dictionary code, e.g. {@link Dictionaries#ETHNICITY}. */
    String value();

    String message() default "{dictionary.validation.inDictionary}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
