package org.minzheng.policy.parameter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;

/**
 * 录入或更正地方标准: the value and the dates are bound as text and read by {@link ParameterBook}, so that
 * a mistyped date is reported with the other problems and nothing the clerk typed is lost.
 */
record ParameterForm(
        @NotBlank String region,
        @NotBlank String parameter,
        @NotBlank @Size(max = 20) String value,
        @NotBlank String validFrom,
        String validUntil,

        @Size(max = 200, message = "{parameter.validation.note}") @PlainText(allowLineBreaks = false)
        String note) {

    ParameterForm {
        region = strip(region);
        parameter = strip(parameter);
        value = strip(value);
        validFrom = strip(validFrom);
        validUntil = strip(validUntil);
        note = strip(note);
    }

    static ParameterForm empty(LocalDate today) {
        return new ParameterForm("", "", "", today.toString(), "", "");
    }

    static ParameterForm correcting(ParameterValue existing) {
        return new ParameterForm(
                existing.region().value(),
                existing.parameter().attribute(),
                existing.valueFen() != null
                        ? org.minzheng.shared.Money.ofFen(existing.valueFen()).toYuanString()
                        : existing.valueDecimal().stripTrailingZeros().toPlainString(),
                existing.validFrom().toString(),
                existing.validUntil() == null ? "" : existing.validUntil().toString(),
                "");
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
