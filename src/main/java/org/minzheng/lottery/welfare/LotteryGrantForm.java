package org.minzheng.lottery.welfare;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.minzheng.shared.validation.YuanAmount;
import org.springframework.format.annotation.DateTimeFormat;

/** A grant paid to a project; that the grants stay within the budget is checked by the service. */
record LotteryGrantForm(
        @NotNull(message = "{lottery.grant.validation.date}")
        @PastOrPresent(message = "{lottery.validation.notFuture}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate grantedOn,

        @NotBlank(message = "{lottery.grant.validation.amount}")
        @YuanAmount(min = 1, max = 10_000_000_000L, message = "{lottery.grant.validation.amount}")
        String amount,

        @NotBlank(message = "{lottery.grant.validation.purpose}")
        @Size(max = 300, message = "{lottery.validation.tooLong300}")
        @PlainText
        String purpose) {

    static LotteryGrantForm empty() {
        return new LotteryGrantForm(LocalDate.now(), "", "");
    }
}
