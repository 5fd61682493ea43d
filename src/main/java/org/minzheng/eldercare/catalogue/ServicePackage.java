package org.minzheng.eldercare.catalogue;

import java.util.List;
import org.minzheng.shared.Money;

/**
 * 月度服务包 of a capability level (1 轻度失能 … 4 完全失能, GB/T 42195-2022): its price is the sum of its
 * lines, never typed in, so it follows the catalogue.
 */
record ServicePackage(int capabilityLevel, List<PackageLine> lines) {

    static final int LOWEST_LEVEL = 1;
    static final int HIGHEST_LEVEL = 4;

    ServicePackage {
        if (capabilityLevel < LOWEST_LEVEL || capabilityLevel > HIGHEST_LEVEL) {
            throw new IllegalArgumentException("Packages exist for capability levels 1 to 4");
        }
        lines = List.copyOf(lines);
    }

    public Money price() {
        return lines.stream().map(PackageLine::monthlyPrice).reduce(Money.ZERO, Money::plus);
    }

    public int minutesPerMonth() {
        return lines.stream()
                .mapToInt(line -> line.item().standardMinutes() * line.visitsPerMonth())
                .sum();
    }

    public String levelKey() {
        return "eldercare.catalogue.level." + capabilityLevel;
    }
}
