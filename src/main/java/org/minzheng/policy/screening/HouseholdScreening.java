package org.minzheng.policy.screening;

import java.util.ArrayList;
import java.util.List;
import org.minzheng.policy.rule.Facts;
import org.minzheng.policy.rule.Outcome;
import org.minzheng.policy.rule.RegistryFacts;
import org.minzheng.registry.RegistrySnapshot.HouseholdFacts;
import org.minzheng.registry.RegistrySnapshot.MemberFacts;

/**
 * Screens one household against every rule: household policies once with the head as the person, the
 * others for each member. Only a plain "qualifies" counts; "cannot tell" is not a finding, because the
 * registry lacks the facts and a caseworker's visit would be a guess.
 */
final class HouseholdScreening {

    private final List<ScreeningRule> householdRules;
    private final List<ScreeningRule> personRules;
    private final RegistryFacts facts;

    HouseholdScreening(List<ScreeningRule> rules, RegistryFacts facts) {
        this.householdRules = rules.stream().filter(ScreeningRule::perHousehold).toList();
        this.personRules = rules.stream().filter(rule -> !rule.perHousehold()).toList();
        this.facts = facts;
    }

    /** One policy a household or member qualifies for and is not recorded as receiving. */
    record Finding(HouseholdFacts household, MemberFacts member, ScreeningRule rule) {

        boolean forHousehold() {
            return rule.perHousehold();
        }
    }

    List<Finding> screen(HouseholdFacts household) {
        List<Finding> found = new ArrayList<>(0);
        MemberFacts head = household.head();
        Facts headFacts = facts.of(household, head);
        for (ScreeningRule rule : householdRules) {
            check(rule, household, head, headFacts, found);
        }
        for (MemberFacts member : household.members()) {
            Facts memberFacts = member == head ? headFacts : facts.of(household, member);
            for (ScreeningRule rule : personRules) {
                check(rule, household, member, memberFacts, found);
            }
        }
        return found;
    }

    private static void check(
            ScreeningRule rule, HouseholdFacts household, MemberFacts member, Facts facts, List<Finding> found) {
        if (rule.received(household.categories())) {
            return;
        }
        if (rule.rule().evaluate(facts).outcome() == Outcome.QUALIFIES) {
            found.add(new Finding(household, member, rule));
        }
    }
}
