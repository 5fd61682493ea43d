package org.minzheng.lottery.welfare;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.minzheng.shared.validation.YuanAmount;
import org.springframework.format.annotation.DateTimeFormat;

/** A new public-welfare project; the budget is typed in yuan and kept in fen. */
record LotteryWelfareProjectForm(
        @NotBlank(message = "{lottery.project.validation.name}")
        @Size(max = 100, message = "{lottery.validation.tooLong100}")
        @PlainText
        String name,

        Long partnerId,

        @NotBlank(message = "{lottery.project.validation.purpose}")
        @Size(max = 1000, message = "{lottery.validation.tooLong1000}")
        @PlainText
        String purpose,

        @NotBlank(message = "{lottery.project.validation.budget}")
        @YuanAmount(min = 1, max = 10_000_000_000L, message = "{lottery.project.validation.budget}")
        String budget,

        @NotNull(message = "{lottery.project.validation.startedOn}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startedOn) {

    static LotteryWelfareProjectForm empty() {
        return new LotteryWelfareProjectForm("", null, "", "", LocalDate.now());
    }
}
