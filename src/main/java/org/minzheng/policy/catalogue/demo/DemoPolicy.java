package org.minzheng.policy.catalogue.demo;

import java.time.LocalDate;
import org.minzheng.policy.PolicyCategory;
import org.minzheng.policy.TargetGroup;
import org.minzheng.policy.catalogue.PolicyContent;

/** One entry of the bundled demo catalogue, as written in {@code db/demo/policy-catalogue.json}. */
record DemoPolicy(
        String code,
        String department,
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
        String rule) {

    PolicyContent content() {
        return new PolicyContent(
                name,
                category,
                targetGroup,
                conditions,
                standard,
                howToApply,
                whereToApply,
                phone,
                legalBasis,
                effectiveFrom,
                null,
                rule);
    }
}
