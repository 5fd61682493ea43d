package org.minzheng.assistance.recipient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/** Stopping a benefit for the time being: from which month and why (the household is told). */
record SuspensionForm(
        @NotNull Long version,

        @NotBlank @Pattern(regexp = MonthField.PATTERN, message = "{recipient.form.month.invalid}")
        String effectiveMonth,

        @NotBlank @Size(max = RecipientForms.MAX_REASON) @PlainText(allowLineBreaks = false)
        String reason) {

    SuspensionForm {
        effectiveMonth = RecipientForms.strip(effectiveMonth);
        reason = RecipientForms.strip(reason);
    }

    static SuspensionForm of(Recipient recipient, String month) {
        return new SuspensionForm(recipient.version(), month, "");
    }
}
