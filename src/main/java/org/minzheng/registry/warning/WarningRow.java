package org.minzheng.registry.warning;

import java.time.Instant;
import java.time.LocalDate;
import org.minzheng.registry.Warnings.WarningLevel;
import org.minzheng.shared.RegionCode;

/** A warning as lists and its page show it, with the household and the member it is about. */
public record WarningRow(
        long id,
        long householdId,
        String householdNumber,
        String headName,
        String personName,
        RegionCode village,
        String ruleCode,
        String ruleName,
        WarningLevel level,
        String reason,
        boolean stopPayment,
        boolean open,
        LocalDate dueOn,
        Long taskId,
        Instant raisedAt,
        Instant closedAt,
        boolean demo) {

    public boolean overdueOn(LocalDate today) {
        return open && dueOn.isBefore(today);
    }

    public String levelKey() {
        return "warning.level." + level.name();
    }
}
