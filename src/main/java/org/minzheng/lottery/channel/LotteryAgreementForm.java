package org.minzheng.lottery.channel;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** An agreement signed with a partner; the order of the dates and the unique number are checked by the controller. */
record LotteryAgreementForm(
        @NotBlank(message = "{lottery.agreement.validation.number}")
        @Pattern(regexp = "[0-9A-Za-z-]{1,30}", message = "{lottery.agreement.validation.number}")
        String number,

        @NotNull(message = "{lottery.agreement.validation.signedOn}")
        @PastOrPresent(message = "{lottery.validation.notFuture}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate signedOn,

        @NotNull(message = "{lottery.agreement.validation.validFrom}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate validFrom,

        @NotNull(message = "{lottery.agreement.validation.validTo}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate validTo,

        @NotNull(message = "{lottery.agreement.validation.planned}")
        @Min(value = 0, message = "{lottery.agreement.validation.planned}")
        @Max(value = 10_000, message = "{lottery.agreement.validation.planned}")
        Integer plannedOutlets,

        @NotBlank(message = "{lottery.agreement.validation.terms}")
        @Size(max = 1000, message = "{lottery.validation.tooLong1000}")
        @PlainText
        String terms) {

    static LotteryAgreementForm empty() {
        LocalDate today = LocalDate.now();
        return new LotteryAgreementForm("", today, today, today.plusYears(3).minusDays(1), 10, "");
    }
}
