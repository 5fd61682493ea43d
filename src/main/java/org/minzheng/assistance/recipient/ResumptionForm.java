package org.minzheng.assistance.recipient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/** Paying a suspended benefit again from a month on; the note is optional. */
record ResumptionForm(
        @NotNull Long version,

        @NotBlank @Pattern(regexp = MonthField.PATTERN, message = "{recipient.form.month.invalid}")
        String effectiveMonth,

        @Size(max = RecipientForms.MAX_REASON) @PlainText(allowLineBreaks = false)
        String note) {

    ResumptionForm {
        effectiveMonth = RecipientForms.strip(effectiveMonth);
        note = RecipientForms.strip(note);
    }

    static ResumptionForm of(Recipient recipient, String month) {
        return new ResumptionForm(recipient.version(), month, "");
    }
}
