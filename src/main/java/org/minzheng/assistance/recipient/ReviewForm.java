package org.minzheng.assistance.recipient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;
import org.minzheng.shared.validation.YuanAmount;

/**
 * A periodic review: what it found, the cycle from now on, and, where the benefit changes, the new
 * amount or the exit reason and the month it takes effect.
 */
record ReviewForm(
        @NotNull Long version,

        @NotNull ReviewOutcome outcome,

        @NotNull ReviewCycle cycle,

        @NotBlank @Size(max = RecipientForms.MAX_REASON) @PlainText(allowLineBreaks = false)
        String note,

        @YuanAmount(min = 1, max = Enrolments.MAX_AMOUNT_FEN)
        String amount,

        ExitReason exitReason,

        @Pattern(regexp = "|" + MonthField.PATTERN, message = "{recipient.form.month.invalid}")
        String effectiveMonth) {

    ReviewForm {
        note = RecipientForms.strip(note);
        amount = RecipientForms.strip(amount);
        effectiveMonth = RecipientForms.strip(effectiveMonth);
    }

    static ReviewForm of(Recipient recipient, String month) {
        return new ReviewForm(
                recipient.version(),
                ReviewOutcome.UNCHANGED,
                recipient.reviewCycle(),
                "",
                recipient.amount().toYuanString(),
                null,
                month);
    }
}
