package org.minzheng.lottery.welfare;

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

/** An event held in the hall, logged after it took place. */
record LotteryHallEventForm(
        @NotNull(message = "{lottery.hall.validation.date}")
        @PastOrPresent(message = "{lottery.validation.notFuture}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate heldOn,

        @NotBlank(message = "{lottery.hall.validation.title}")
        @Size(max = 100, message = "{lottery.validation.tooLong100}")
        @PlainText
        String title,

        @NotBlank(message = "{lottery.hall.validation.kind}")
        @Pattern(regexp = "WELFARE|PROMOTION|TRAINING|COMMUNITY", message = "{lottery.hall.validation.kind}")
        String kind,

        @NotNull(message = "{lottery.hall.validation.participants}")
        @Min(value = 0, message = "{lottery.hall.validation.participants}")
        @Max(value = 100_000, message = "{lottery.hall.validation.participants}")
        Integer participants,

        @Size(max = 1000, message = "{lottery.validation.tooLong1000}") @PlainText
        String note) {

    static final java.util.List<String> KINDS = java.util.List.of("WELFARE", "PROMOTION", "TRAINING", "COMMUNITY");

    static LotteryHallEventForm empty() {
        return new LotteryHallEventForm(LocalDate.now(), "", "", null, "");
    }
}
