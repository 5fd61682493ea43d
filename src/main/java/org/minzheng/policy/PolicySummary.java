package org.minzheng.policy;

/** One policy as lists show it: in the console, the portal and the self-check results. */
public record PolicySummary(
        long id,
        String code,
        String name,
        Department department,
        PolicyCategory category,
        TargetGroup targetGroup,
        String whereToApply,
        String phone,
        boolean hasRule,
        boolean demo) {}
