package org.minzheng.policy.rule;

import java.util.List;
import java.util.Map;

/**
 * DEMO DATA. Made-up households for trying a rule in the console (试一试); they describe nobody.
 * Labels under {@code rule.sample.<NAME>}.
 */
public enum SampleHousehold {
    RURAL_ELDER_ALONE(Map.ofEntries(
            Map.entry("household.size", 1L),
            Map.entry("household.income_per_capita", 520.0),
            Map.entry("household.assets_per_capita", 6_000.0),
            Map.entry("household.categories", List.of("dibao")),
            Map.entry("household.elderly_members", 1L),
            Map.entry("household.housing_hardship", false),
            Map.entry("household.dangerous_house", false),
            Map.entry("person.age", 84L),
            Map.entry("person.sex", "female"),
            Map.entry("person.hukou", "rural"),
            Map.entry("person.disability_category", "none"),
            Map.entry("person.disability_grade", 0L),
            Map.entry("person.work_ability", "none"),
            Map.entry("person.self_care", "partial"),
            Map.entry("person.able_supporter", false),
            Map.entry("person.serious_illness", false),
            Map.entry("person.chronic_illness", true))),
    URBAN_FAMILY_OF_THREE(Map.ofEntries(
            Map.entry("household.size", 3L),
            Map.entry("household.income_per_capita", 900.0),
            Map.entry("household.assets_per_capita", 8_000.0),
            Map.entry("household.categories", List.of()),
            Map.entry("household.elderly_members", 0L),
            Map.entry("household.rigid_expense_yearly", 12_000.0),
            Map.entry("person.age", 41L),
            Map.entry("person.sex", "male"),
            Map.entry("person.hukou", "urban"),
            Map.entry("person.disability_category", "none"),
            Map.entry("person.disability_grade", 0L),
            Map.entry("person.work_ability", "full"),
            Map.entry("person.registered_unemployed", true),
            Map.entry("person.school_stage", "none"))),
    CHILD_WITH_DISABILITY(Map.ofEntries(
            Map.entry("household.size", 4L),
            Map.entry("household.income_per_capita", 1_150.0),
            Map.entry("household.assets_per_capita", 12_000.0),
            Map.entry("household.categories", List.of("edge")),
            Map.entry("person.age", 5L),
            Map.entry("person.sex", "male"),
            Map.entry("person.hukou", "rural"),
            Map.entry("person.disability_category", "intellectual"),
            Map.entry("person.disability_grade", 2L),
            Map.entry("person.orphan", false),
            Map.entry("person.unsupported_child", false),
            Map.entry("person.school_stage", "kindergarten"))),
    STUDENT_FROM_LIFTED_FAMILY(Map.ofEntries(
            Map.entry("household.size", 5L),
            Map.entry("household.income_per_capita", 1_400.0),
            Map.entry("household.categories", List.of("lifted")),
            Map.entry("person.age", 18L),
            Map.entry("person.sex", "female"),
            Map.entry("person.hukou", "rural"),
            Map.entry("person.school_stage", "college"),
            Map.entry("person.disability_category", "none"),
            Map.entry("person.disability_grade", 0L))),
    SERIOUS_ILLNESS(Map.ofEntries(
            Map.entry("household.size", 2L),
            Map.entry("household.income_per_capita", 1_300.0),
            Map.entry("household.assets_per_capita", 20_000.0),
            Map.entry("household.categories", List.of()),
            Map.entry("household.rigid_expense_yearly", 45_000.0),
            Map.entry("person.age", 56L),
            Map.entry("person.sex", "female"),
            Map.entry("person.hukou", "urban"),
            Map.entry("person.serious_illness", true),
            Map.entry("person.women_cancer", true),
            Map.entry("person.work_ability", "partial"))),
    NOTHING_KNOWN(Map.of());

    private final Map<String, Object> facts;

    SampleHousehold(Map<String, Object> facts) {
        this.facts = facts;
    }

    /** The sample's facts by attribute path; whatever is absent is unknown. */
    public Map<String, Object> facts() {
        return facts;
    }

    public String labelKey() {
        return "rule.sample." + name();
    }
}
