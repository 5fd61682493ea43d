package org.minzheng.registry.spi;

import java.time.YearMonth;
import java.util.List;
import org.minzheng.registry.HouseholdId;

/**
 * The assistance a household receives, as a business module knows it. The register lists every
 * contribution on the household page without depending on the modules that pay.
 */
public interface ReceivedAssistance {

    List<Benefit> of(HouseholdId household);

    /**
     * One benefit.
     *
     * @param labelKey message key of the programme's name
     * @param amountFen the monthly amount, or the one-off amount
     * @param until the last month paid, null while it runs
     * @param statusKey message key of its state (running, suspended, ended)
     * @param path the console page about it, or null
     */
    record Benefit(
            String labelKey,
            long amountFen,
            boolean monthly,
            YearMonth since,
            YearMonth until,
            String statusKey,
            String path) {

        public org.minzheng.shared.Money amount() {
            return org.minzheng.shared.Money.ofFen(amountFen);
        }
    }
}
