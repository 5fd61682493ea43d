package org.minzheng.dictionary.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/**
 * 编辑字典项: labels, position and enabled flag; the code never changes because records store it.
 * The sort order is bound as text so that a mistyped number is reported with the other problems.
 */
record EntryForm(
        @NotBlank(message = "{dictionary.validation.required}")
        @Size(max = 50, message = "{dictionary.validation.label}")
        @PlainText(allowLineBreaks = false)
        String labelZh,

        @NotBlank(message = "{dictionary.validation.required}")
        @Size(max = 50, message = "{dictionary.validation.label}")
        @PlainText(allowLineBreaks = false)
        String labelEn,

        @NotBlank(message = "{dictionary.validation.required}")
        @Pattern(regexp = "|[0-9]{1,5}", message = "{dictionary.validation.sortOrder}")
        String sortOrder,

        boolean enabled) {

    EntryForm {
        labelZh = Forms.strip(labelZh);
        labelEn = Forms.strip(labelEn);
        sortOrder = Forms.strip(sortOrder);
    }

    static EntryForm of(Entry entry) {
        return new EntryForm(entry.labelZh(), entry.labelEn(), Integer.toString(entry.sortOrder()), entry.enabled());
    }

    Entry toEntry(Entry existing) {
        return new Entry(existing.code(), labelZh, labelEn, Integer.parseInt(sortOrder), enabled, existing.builtin());
    }
}
