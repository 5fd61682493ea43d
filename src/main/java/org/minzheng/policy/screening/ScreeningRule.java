package org.minzheng.policy.screening;

import java.util.Set;
import org.minzheng.policy.PolicySummary;
import org.minzheng.policy.TargetGroup;
import org.minzheng.policy.rule.CompiledRule;
import org.minzheng.registry.HouseholdCategory;

/**
 * A policy's rule ready for screening, with the categories that show a household already receives it.
 *
 * @param receiptMarkers empty when nothing on the platform tells whether a household receives the policy
 */
record ScreeningRule(PolicySummary policy, CompiledRule rule, Set<HouseholdCategory> receiptMarkers) {

    /** Household policies are checked once per household, with the head as the person. */
    boolean perHousehold() {
        return policy.targetGroup() == TargetGroup.HOUSEHOLD;
    }

    boolean receiptKnown() {
        return !receiptMarkers.isEmpty();
    }

    boolean received(Set<HouseholdCategory> categories) {
        for (HouseholdCategory marker : receiptMarkers) {
            if (categories.contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
