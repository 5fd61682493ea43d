package org.minzheng.assistance.recipient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;
import org.minzheng.shared.validation.YuanAmount;

/**
 * A new monthly amount decided by the county.
 *
 * @param version the version the clerk saw
 * @param amount yuan with at most two decimals
 * @param effectiveMonth {@code yyyy-MM}
 */
record AmountForm(
        @NotNull Long version,

        @NotBlank @YuanAmount(min = 1, max = Enrolments.MAX_AMOUNT_FEN)
        String amount,

        @NotBlank @Pattern(regexp = MonthField.PATTERN, message = "{recipient.form.month.invalid}")
        String effectiveMonth,

        @NotBlank @Size(max = RecipientForms.MAX_REASON) @PlainText(allowLineBreaks = false)
        String reason) {

    AmountForm {
        amount = RecipientForms.strip(amount);
        effectiveMonth = RecipientForms.strip(effectiveMonth);
        reason = RecipientForms.strip(reason);
    }

    static AmountForm of(Recipient recipient, String month) {
        return new AmountForm(recipient.version(), recipient.amount().toYuanString(), month, "");
    }
}
