package org.minzheng.policy.parameter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.minzheng.shared.Money;
import org.minzheng.shared.RegionCode;

/**
 * One recorded value of a local standard for a region and period. Values are never changed in place:
 * a correction supersedes the row, which stays as history.
 *
 * @param valueFen the amount for money standards, else {@code null}
 * @param valueDecimal the value of other standards, else {@code null}
 */
public record ParameterValue(
        long id,
        RegionCode region,
        Parameter parameter,
        Long valueFen,
        BigDecimal valueDecimal,
        LocalDate validFrom,
        LocalDate validUntil,
        String note,
        boolean demo,
        String recordedBy,
        Instant recordedAt,
        Instant supersededAt,
        String supersededBy) {

    /** The value as a rule sees it: yuan as a double, years as an integer. */
    public Object ruleValue() {
        if (valueFen != null) {
            return valueFen / 100.0;
        }
        return parameter.unit() == Parameter.Unit.YEARS
                ? (Object) valueDecimal.longValue()
                : valueDecimal.doubleValue();
    }

    /** The value as people read it: yuan with two decimals, or the plain number. */
    public String display() {
        if (valueFen != null) {
            return Money.ofFen(valueFen).format();
        }
        return valueDecimal.stripTrailingZeros().toPlainString();
    }

    public boolean current() {
        return supersededAt == null;
    }

    public boolean appliesOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
    }
}
