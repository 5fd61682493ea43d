package org.minzheng.lottery.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.minzheng.shared.validation.PlainText;
import org.minzheng.shared.validation.YuanAmount;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A contracted area as entered: the target in yuan (stored in fen), the counties or townships it covers. That each
 * region exists, lies in the city and is not already covered by another area is checked by the controller.
 */
record LotteryAreaForm(
        @NotBlank(message = "{lottery.area.validation.name}")
        @Size(max = 50, message = "{lottery.validation.tooLong50}")
        @PlainText
        String name,

        @NotNull(message = "{lottery.area.validation.team}") Long teamId,

        @NotNull(message = "{lottery.area.validation.from}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate contractFrom,

        @NotNull(message = "{lottery.area.validation.to}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate contractTo,

        @NotBlank(message = "{lottery.area.validation.target}")
        @YuanAmount(min = 0, max = 100_000_000_000L, message = "{lottery.area.validation.target}")
        String yearlyTarget,

        @NotEmpty(message = "{lottery.area.validation.regions}")
        List<String> regionCodes,

        @Size(max = 300, message = "{lottery.validation.tooLong300}") @PlainText
        String note) {

    static LotteryAreaForm empty() {
        LocalDate start = LocalDate.now().withDayOfYear(1);
        return new LotteryAreaForm("", null, start, start.plusYears(1).minusDays(1), "", List.of(), "");
    }

    static LotteryAreaForm of(Area area) {
        return new LotteryAreaForm(
                area.name(),
                area.teamId(),
                area.contractFrom(),
                area.contractTo(),
                org.minzheng.shared.Money.ofFen(area.yearlyTargetFen()).toYuanString(),
                area.regionCodes(),
                area.note() == null ? "" : area.note());
    }
}
