package org.minzheng.dictionary;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Created by Spring's validator factory, which supplies the facade. */
class InDictionaryValidator implements ConstraintValidator<InDictionary, CharSequence> {

    private final Dictionaries dictionaries;
    private String dictionaryCode;

    InDictionaryValidator(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    @Override
    public void initialize(InDictionary annotation) {
        this.dictionaryCode = annotation.value();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || value.toString().isBlank()) {
            return true;
        }
        return dictionaries.isValid(dictionaryCode, value.toString());
    }
}
