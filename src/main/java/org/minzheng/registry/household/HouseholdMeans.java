package org.minzheng.registry.household;

import java.util.Map;
import org.minzheng.shared.Money;

/**
 * What the collection file reported about the household's means: its countable assets and each member's
 * own monthly income. Null is "not collected yet", never zero.
 */
public record HouseholdMeans(Money assets, Map<Long, Money> monthlyIncomes) {

    public Money incomeOf(long personId) {
        return monthlyIncomes.get(personId);
    }
}
