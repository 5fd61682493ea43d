package org.minzheng.lottery.incentive;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** An incentive rule: OPENING takes an amount in yuan, PERFORMANCE a rate per mille; the other is left blank. */
public record LotteryRuleForm(
        @NotBlank @Size(max = 100) @PlainText(allowLineBreaks = false)
        String name,

        @NotBlank @Pattern(regexp = "OPENING|PERFORMANCE") String kind,

        @Pattern(regexp = "|TRADITIONAL|CHAIN_STORE|MALL|HAPPY_HALL|DISTRIBUTED")
        String outletKind,

        @Size(max = 20) String amount,
        Integer ratePermille,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate validFrom,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo) {

    static LotteryRuleForm empty(LocalDate today) {
        return new LotteryRuleForm("", "OPENING", "", "", null, today.withDayOfMonth(1), null);
    }
}
