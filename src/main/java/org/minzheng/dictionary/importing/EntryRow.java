package org.minzheng.dictionary.importing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/**
 * One data row of an entry file, held to the same rules as the entry form.
 *
 * @param line 1-based row number in the file
 * @param sortOrder null to keep an existing entry's position or to put a new one last
 * @param enabled null to keep an existing entry's flag or to enable a new one
 */
record EntryRow(
        int line,

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

        @Min(value = 0, message = "{dictionary.validation.sortOrder}")
        @Max(value = 99999, message = "{dictionary.validation.sortOrder}")
        Integer sortOrder,

        Boolean enabled) {}
