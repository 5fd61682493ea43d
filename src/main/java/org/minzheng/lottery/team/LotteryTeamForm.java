package org.minzheng.lottery.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/** A new team as entered; the kind is checked against {@link TeamKind} by the controller. */
record LotteryTeamForm(
        @NotBlank(message = "{lottery.team.validation.name}")
        @Size(max = 50, message = "{lottery.validation.tooLong50}")
        @PlainText
        String name,

        @NotBlank(message = "{lottery.team.validation.kind}")
        String kind,

        @Size(max = 50, message = "{lottery.validation.tooLong50}") @PlainText
        String leader) {

    static LotteryTeamForm empty() {
        return new LotteryTeamForm("", "", "");
    }
}
