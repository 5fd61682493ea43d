package org.minzheng.policy.monitoring;

import org.minzheng.policy.rule.AttributeSchema;
import org.minzheng.policy.rule.CompiledRule;

/** Whether a monitoring rule is about the household as a whole or about each member. */
enum RuleScope {
    /** Checked once per household; raises at most one warning for it. */
    HOUSEHOLD,
    /** Checked for every member; a warning names the member it is about. */
    PERSON;

    /** The registry keeps the hukou type per household, so a rule reading only it is still a household rule. */
    private static final String HUKOU = "person.hukou";

    /**
     * A rule that reads a member's own facts is a person rule; one that reads only the household and the
     * local standards (which may rest on the hukou, as {@code local.dibao} does) is a household rule.
     */
    static RuleScope of(CompiledRule rule) {
        boolean personal = rule.attributes().stream()
                .anyMatch(attribute -> attribute.scope().equals(AttributeSchema.PERSON)
                        && !attribute.path().equals(HUKOU));
        return personal ? PERSON : HOUSEHOLD;
    }

    public String labelKey() {
        return "monitoringRule.scope." + name();
    }
}
