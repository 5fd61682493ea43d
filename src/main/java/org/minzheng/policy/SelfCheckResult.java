package org.minzheng.policy;

import java.util.List;
import java.util.Map;

/**
 * What the self-check tells a family.
 *
 * @param likely policies whose rule the answers satisfy
 * @param needMoreFacts policies the answers cannot settle yet, with the questions that would
 * @param unlikely policies whose rule the answers rule out
 * @param askDepartment policies without a machine-checkable rule: the department decides case by case
 * @param problems answers that could not be read, by attribute path, as message keys
 */
public record SelfCheckResult(
        List<Finding> likely,
        List<Finding> needMoreFacts,
        List<Finding> unlikely,
        List<PolicySummary> askDepartment,
        Map<String, String> problems) {

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /**
     * One policy's answer.
     *
     * @param missing attribute paths still needed, in question order (message keys {@code attribute.<path>})
     */
    public record Finding(PolicySummary policy, List<String> missing) {}
}
