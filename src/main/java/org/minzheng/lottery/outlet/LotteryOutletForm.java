package org.minzheng.lottery.outlet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An outlet as entered. The code is the outlet's number in the provincial sales system. Region, partner and
 * agreement, teams and members are checked against each other by the controller.
 */
record LotteryOutletForm(
        @NotBlank(message = "{lottery.outlet.validation.code}")
        @Pattern(regexp = "[0-9A-Za-z-]{4,20}", message = "{lottery.outlet.validation.code}")
        String code,

        @NotBlank(message = "{lottery.outlet.validation.name}")
        @Size(max = 100, message = "{lottery.validation.tooLong100}")
        @PlainText
        String name,

        @NotBlank(message = "{lottery.outlet.validation.kind}")
        String kind,

        @NotBlank(message = "{lottery.outlet.validation.address}")
        @Size(max = 200, message = "{lottery.validation.tooLong200}")
        @PlainText
        String address,

        @NotBlank(message = "{lottery.validation.region}") String regionCode,

        Long partnerId,

        Long agreementId,

        @NotNull(message = "{lottery.outlet.validation.openedOn}")
        @PastOrPresent(message = "{lottery.outlet.validation.openedFuture}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate openedOn,

        @NotNull(message = "{lottery.outlet.validation.team}")
        Long openedByTeamId,

        Long openedByMemberId,

        @NotNull(message = "{lottery.outlet.validation.team}")
        Long servicedByTeamId,

        Long servicedByMemberId) {

    static LotteryOutletForm empty(Long partnerId) {
        return new LotteryOutletForm("", "", "", "", "", partnerId, null, LocalDate.now(), null, null, null, null);
    }

    static LotteryOutletForm of(Outlet o) {
        return new LotteryOutletForm(
                o.code(),
                o.name(),
                o.kind().name(),
                o.address(),
                o.regionCode(),
                o.partnerId(),
                o.agreementId(),
                o.openedOn(),
                o.openedByTeamId(),
                o.openedByMemberId(),
                o.servicedByTeamId(),
                o.servicedByMemberId());
    }
}
