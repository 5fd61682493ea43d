package org.minzheng.dictionary.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/**
 * 新增字典项. Without a sort order the entry goes last. The sort order is bound as text so that a
 * mistyped number is reported together with the other fields' problems.
 *
 * @param sortOrder empty to append
 */
record NewEntryForm(
        @NotBlank(message = "{dictionary.validation.required}")
        @Pattern(regexp = "|[A-Za-z0-9_-]{1,20}", message = "{dictionary.validation.entryCode}")
        String code,

        @NotBlank(message = "{dictionary.validation.required}")
        @Size(max = 50, message = "{dictionary.validation.label}")
        @PlainText(allowLineBreaks = false)
        String labelZh,

        @NotBlank(message = "{dictionary.validation.required}")
        @Size(max = 50, message = "{dictionary.validation.label}")
        @PlainText(allowLineBreaks = false)
        String labelEn,

        @Pattern(regexp = "|[0-9]{1,5}", message = "{dictionary.validation.sortOrder}")
        String sortOrder,

        boolean enabled) {

    NewEntryForm {
        code = Forms.strip(code);
        labelZh = Forms.strip(labelZh);
        labelEn = Forms.strip(labelEn);
        sortOrder = Forms.strip(sortOrder);
    }

    static NewEntryForm empty() {
        return new NewEntryForm("", "", "", "", true);
    }

    Entry toEntry(int appendedSortOrder) {
        int position = sortOrder == null || sortOrder.isEmpty() ? appendedSortOrder : Integer.parseInt(sortOrder);
        return new Entry(code, labelZh, labelEn, position, enabled, false);
    }
}
