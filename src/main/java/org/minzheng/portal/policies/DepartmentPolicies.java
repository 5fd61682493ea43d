package org.minzheng.portal.policies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.policy.Department;
import org.minzheng.policy.PolicySummary;

/** One department's heading on the policy list and its policies under it. */
public record DepartmentPolicies(Department department, List<PolicySummary> policies) {

    /** Groups a list already ordered by department, keeping that order. */
    static List<DepartmentPolicies> group(List<PolicySummary> ordered) {
        Map<String, DepartmentPolicies> byCode = new LinkedHashMap<>();
        for (PolicySummary policy : ordered) {
            byCode.computeIfAbsent(
                            policy.department().code(),
                            code -> new DepartmentPolicies(policy.department(), new ArrayList<>()))
                    .policies()
                    .add(policy);
        }
        return byCode.values().stream()
                .map(group -> new DepartmentPolicies(group.department(), List.copyOf(group.policies())))
                .toList();
    }
}
