package org.minzheng.registry.household;

import java.time.LocalDate;
import org.minzheng.registry.HouseholdCategory;

/**
 * A time the household belonged to a low-income category.
 *
 * @param endedOn null while it lasts
 */
record CategoryPeriod(HouseholdCategory category, LocalDate startedOn, LocalDate endedOn) {

    public boolean open() {
        return endedOn == null;
    }
}
