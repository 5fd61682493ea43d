package org.minzheng.eldercare.elder;

import java.util.Set;
import org.minzheng.registry.HouseholdCategory;

/**
 * 经济状况 as elderly-care subsidies rank it. For a person in the registry it follows the household's
 * categories, the most protected one winning, so the profile cannot contradict the register.
 */
enum EconomicCategory {
    TEKUN,
    DIBAO,
    EDGE,
    NONE;

    static EconomicCategory of(Set<HouseholdCategory> categories) {
        if (categories.contains(HouseholdCategory.TEKUN)) {
            return TEKUN;
        }
        if (categories.contains(HouseholdCategory.DIBAO)) {
            return DIBAO;
        }
        if (categories.contains(HouseholdCategory.EDGE)) {
            return EDGE;
        }
        return NONE;
    }

    public String messageKey() {
        return "eldercare.elder.economic." + name();
    }
}
