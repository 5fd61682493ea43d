package org.minzheng.dictionary.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/** 新增字典. The code pattern accepts an empty code so that a blank one gets only the "required" message. */
record NewDictionaryForm(
        @NotBlank(message = "{dictionary.validation.required}")
        @Pattern(regexp = "|[a-z][a-z0-9_-]{1,59}", message = "{dictionary.validation.dictionaryCode}")
        String code,

        @NotBlank(message = "{dictionary.validation.required}")
        @Size(max = 50, message = "{dictionary.validation.label}")
        @PlainText(allowLineBreaks = false)
        String nameZh,

        @NotBlank(message = "{dictionary.validation.required}")
        @Size(max = 50, message = "{dictionary.validation.label}")
        @PlainText(allowLineBreaks = false)
        String nameEn,

        @Size(max = 200, message = "{dictionary.validation.description}") @PlainText(allowLineBreaks = false)
        String description) {

    NewDictionaryForm {
        code = Forms.strip(code);
        nameZh = Forms.strip(nameZh);
        nameEn = Forms.strip(nameEn);
        description = Forms.strip(description);
    }

    static NewDictionaryForm empty() {
        return new NewDictionaryForm("", "", "", "");
    }

    Dictionary toDictionary() {
        return new Dictionary(code, nameZh, nameEn, Forms.nullIfEmpty(description), false);
    }
}
