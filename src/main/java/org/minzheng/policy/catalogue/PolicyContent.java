package org.minzheng.policy.catalogue;

import java.time.LocalDate;
import org.minzheng.policy.PolicyCategory;
import org.minzheng.policy.TargetGroup;

/**
 * What one version of a policy says: the text a citizen reads and the rule the self-check evaluates.
 *
 * @param effectiveUntil the last day it applies, or {@code null} while open-ended
 * @param rule the eligibility rule in CEL, or {@code null} when the department decides case by case
 */
public record PolicyContent(
        String name,
        PolicyCategory category,
        TargetGroup targetGroup,
        String conditions,
        String standard,
        String howToApply,
        String whereToApply,
        String phone,
        String legalBasis,
        LocalDate effectiveFrom,
        LocalDate effectiveUntil,
        String rule) {}
