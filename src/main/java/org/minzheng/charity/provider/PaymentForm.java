package org.minzheng.charity.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** A payment to the provider, optionally for one accepted deliverable, with the accounting voucher's number. */
record PaymentForm(
        @NotBlank(message = "{charity.payment.validation.amount}")
        String amountYuan,

        Long deliverableId,

        @NotNull(message = "{charity.payment.validation.paidOn}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate paidOn,

        @NotBlank(message = "{charity.payment.validation.voucher}")
        @Size(max = 40, message = "{charity.payment.validation.voucherTooLong}")
        @Pattern(regexp = "[A-Za-z0-9\\-_/]*", message = "{charity.payment.validation.voucherChars}")
        String voucherNumber,

        @Size(max = 200, message = "{charity.payment.validation.noteTooLong}") @PlainText
        String note) {

    static PaymentForm empty(LocalDate today) {
        return new PaymentForm("", null, today, "", "");
    }

    String voucher() {
        return voucherNumber.strip();
    }

    String noteOrNull() {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
