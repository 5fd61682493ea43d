package org.minzheng.policy;

import java.time.LocalDate;

/**
 * Everything a citizen needs to know about one version of a policy.
 *
 * @param rule the eligibility rule in CEL, or {@code null} when the policy has none
 * @param ruleReading the rule in plain words of the request's language, or {@code null}
 * @param retiredOn the day the policy stopped, or {@code null} while it is in the catalogue
 */
public record PolicyDetails(
        long id,
        String code,
        int version,
        String name,
        Department department,
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
        String rule,
        String ruleReading,
        LocalDate retiredOn,
        boolean demo) {

    /** The phone without spaces or dashes, for a {@code tel:} link. */
    public String dialable() {
        return phone.replaceAll("[^0-9+]", "");
    }
}
