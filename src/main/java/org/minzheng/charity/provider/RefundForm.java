package org.minzheng.charity.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** Money the provider gives back into the project fund, with its voucher and the reason. */
record RefundForm(
        @NotBlank(message = "{charity.refund.validation.amount}")
        String refundYuan,

        @NotNull(message = "{charity.payment.validation.paidOn}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate refundedOn,

        @NotBlank(message = "{charity.payment.validation.voucher}")
        @Size(max = 40, message = "{charity.payment.validation.voucherTooLong}")
        @Pattern(regexp = "[A-Za-z0-9\\-_/]*", message = "{charity.payment.validation.voucherChars}")
        String refundVoucher,

        @NotBlank(message = "{charity.refund.validation.reason}")
        @Size(max = 200, message = "{charity.refund.validation.reasonTooLong}")
        @PlainText
        String reason) {

    static RefundForm empty(LocalDate today) {
        return new RefundForm("", today, "", "");
    }
}
