package org.minzheng.dictionary.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/** 编辑字典: names and description; the code never changes because records store it. */
record DictionaryForm(
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

    DictionaryForm {
        nameZh = Forms.strip(nameZh);
        nameEn = Forms.strip(nameEn);
        description = Forms.strip(description);
    }

    static DictionaryForm of(Dictionary dictionary) {
        return new DictionaryForm(dictionary.nameZh(), dictionary.nameEn(), dictionary.description());
    }

    Dictionary toDictionary(Dictionary existing) {
        return new Dictionary(existing.code(), nameZh, nameEn, Forms.nullIfEmpty(description), existing.builtin());
    }
}
