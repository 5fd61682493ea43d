package org.minzheng.assistance.recipient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/**
 * Ending a benefit: the legal ground from a fixed list, a note (required for "other") and the first
 * month without a benefit.
 */
record ExitForm(
        @NotNull Long version,

        @NotNull ExitReason reason,

        @Size(max = RecipientForms.MAX_REASON) @PlainText(allowLineBreaks = false)
        String note,

        @NotBlank @Pattern(regexp = MonthField.PATTERN, message = "{recipient.form.month.invalid}")
        String effectiveMonth) {

    ExitForm {
        note = RecipientForms.strip(note);
        effectiveMonth = RecipientForms.strip(effectiveMonth);
    }

    static ExitForm of(Recipient recipient, String month) {
        return new ExitForm(recipient.version(), null, "", month);
    }
}
