package org.minzheng.lottery.welfare;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** The visitors of one day; entering a day again replaces its count. */
record LotteryHallVisitForm(
        @NotNull(message = "{lottery.hall.validation.date}")
        @PastOrPresent(message = "{lottery.validation.notFuture}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate visitDate,

        @NotNull(message = "{lottery.hall.validation.visitors}")
        @Min(value = 0, message = "{lottery.hall.validation.visitors}")
        @Max(value = 100_000, message = "{lottery.hall.validation.visitors}")
        Integer visitors,

        @Size(max = 300, message = "{lottery.validation.tooLong300}") @PlainText
        String note) {

    static LotteryHallVisitForm today() {
        return new LotteryHallVisitForm(LocalDate.now(), null, "");
    }
}
