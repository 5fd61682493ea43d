package org.minzheng.policy.monitoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.policy.rule.Facts;
import org.minzheng.policy.rule.Outcome;
import org.minzheng.policy.rule.RegistryFacts;
import org.minzheng.registry.DepartmentFacts.PersonFeedFacts;
import org.minzheng.registry.RegistrySnapshot.HouseholdFacts;
import org.minzheng.registry.RegistrySnapshot.MemberFacts;

/**
 * What the monitoring rules find in one household: the registry's facts and what departments reported, as
 * rule facts per member, evaluated by every rule. Only "qualifies" is a finding; "cannot tell" is not,
 * because an unknown fact is no sign of anything. A household rule is evaluated once, with the head as
 * the person; a person rule for every member.
 */
final class HouseholdCheck {

    private final List<ActiveRule> rules;
    private final boolean anyPersonRule;
    private final RegistryFacts registryFacts;
    private final FeedAttributes feed;

    HouseholdCheck(List<ActiveRule> rules, RegistryFacts registryFacts, FeedAttributes feed) {
        this.rules = List.copyOf(rules);
        this.anyPersonRule = rules.stream().anyMatch(rule -> rule.scope() == RuleScope.PERSON);
        this.registryFacts = registryFacts;
        this.feed = feed;
    }

    /** @param reported what departments reported, by person id; members nobody reported on are absent */
    List<Finding> findings(HouseholdFacts household, Map<Long, PersonFeedFacts> reported) {
        List<Finding> found = new ArrayList<>();
        Map<String, Object> householdFeed = feed.household(household, reported);
        long head = household.head().personId();
        for (MemberFacts member : household.members()) {
            boolean isHead = member.personId() == head;
            if (!isHead && !anyPersonRule) {
                continue;
            }
            Map<String, Object> more = new HashMap<>(householdFeed);
            more.putAll(feed.person(reported.get(member.personId())));
            Map<String, Object> known = registryFacts.known(household, member, more);
            Facts facts = Facts.of(known);
            for (ActiveRule rule : rules) {
                boolean person = rule.scope() == RuleScope.PERSON;
                if ((person || isHead) && rule.compiled().evaluate(facts).outcome() == Outcome.QUALIFIES) {
                    found.add(new Finding(rule, person ? member.personId() : null, known));
                }
            }
        }
        return found;
    }

    /**
     * A rule that fired.
     *
     * @param personId the member it fired for; null for a household rule
     * @param facts the facts it read, by attribute path, for the warning's reason
     */
    record Finding(ActiveRule rule, Long personId, Map<String, Object> facts) {}
}
