package org.minzheng.policy.catalogue.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.minzheng.policy.catalogue.ServicePhoneValidator;
import org.minzheng.policy.rule.CompiledRule;
import org.minzheng.policy.rule.Facts;
import org.minzheng.policy.rule.Outcome;
import org.minzheng.policy.rule.RuleCompiler;
import org.minzheng.policy.rule.RuleRejected;
import org.minzheng.shared.validation.PlainTextValidator;

/** The bundled demo catalogue compiles, covers every department, and reads right for typical families. */
class DemoCatalogueTests {

    static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("civil-affairs", "MZ"),
            Map.entry("human-resources", "RS"),
            Map.entry("health", "WJ"),
            Map.entry("medical-security", "YB"),
            Map.entry("education", "JY"),
            Map.entry("housing", "ZJ"),
            Map.entry("disabled-persons", "CL"),
            Map.entry("trade-union", "GH"),
            Map.entry("women", "FL"),
            Map.entry("youth-league", "TW"),
            Map.entry("justice", "SF"),
            Map.entry("agriculture", "NY"),
            Map.entry("emergency", "YJ"),
            Map.entry("veterans", "TY"),
            Map.entry("finance", "CZ"),
            Map.entry("taxation", "SW"),
            Map.entry("red-cross", "HS"));

    static final List<DemoPolicy> CATALOGUE = DemoCatalogue.read();

    final RuleCompiler compiler = new RuleCompiler();

    @Test
    void everyRuleCompiles() {
        List<String> broken = new ArrayList<>();
        for (DemoPolicy policy : CATALOGUE) {
            if (policy.rule() == null) {
                continue;
            }
            try {
                compiler.compile(policy.rule());
            } catch (RuleRejected e) {
                broken.add(policy.code() + ": " + e.problems());
            }
        }
        assertThat(broken).as("demo policies whose rule does not compile").isEmpty();
    }

    @Test
    void theCatalogueHasTheHandbooksSizeAndMostPoliciesCanBeSelfChecked() {
        assertThat(CATALOGUE).hasSizeGreaterThanOrEqualTo(50);
        assertThat(CATALOGUE.stream().filter(policy -> policy.rule() != null)).hasSizeGreaterThanOrEqualTo(35);
        assertThat(CATALOGUE.stream().map(DemoPolicy::department).collect(Collectors.toSet()))
                .isEqualTo(PREFIXES.keySet());
    }

    @Test
    void codesAreUniqueAndNameTheirDepartment() {
        Set<String> codes = new LinkedHashSet<>();
        for (DemoPolicy policy : CATALOGUE) {
            assertThat(codes.add(policy.code())).as("%s twice", policy.code()).isTrue();
            assertThat(policy.code())
                    .matches("[A-Z][A-Z0-9-]{1,19}")
                    .startsWith(PREFIXES.get(policy.department()) + "-");
        }
    }

    @Test
    void everyFieldIsFilledWithinItsColumnAndHoldsNoMarkup() {
        var plainText = new PlainTextValidator();
        List<String> problems = new ArrayList<>();
        for (DemoPolicy policy : CATALOGUE) {
            Map<String, Object[]> fields = new HashMap<>();
            fields.put("name", new Object[] {policy.name(), 80});
            fields.put("conditions", new Object[] {policy.conditions(), 2000});
            fields.put("standard", new Object[] {policy.standard(), 2000});
            fields.put("howToApply", new Object[] {policy.howToApply(), 2000});
            fields.put("whereToApply", new Object[] {policy.whereToApply(), 200});
            fields.put("legalBasis", new Object[] {policy.legalBasis(), 1000});
            fields.forEach((field, value) -> {
                String text = (String) value[0];
                if (text == null
                        || text.isBlank()
                        || text.length() > (int) value[1]
                        || !plainText.isValid(text, null)) {
                    problems.add(policy.code() + " " + field);
                }
            });
            if (policy.category() == null || policy.targetGroup() == null || policy.effectiveFrom() == null) {
                problems.add(policy.code() + " category, target group or date missing");
            }
            if (!ServicePhoneValidator.isValid(policy.phone())) {
                problems.add(policy.code() + " phone " + policy.phone());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aRuralFamilyBelowTheStandardQualifiesForDibaoButIsNoEdgeFamily() throws RuleRejected {
        Map<String, Object> family = binzhou();
        family.put("household.income_per_capita", 600.0);
        family.put("household.assets_per_capita", 8_000.0);
        family.put("person.hukou", "rural");

        assertThat(outcome("MZ-01", family)).isEqualTo(Outcome.QUALIFIES);
        assertThat(outcome("MZ-07", family)).isEqualTo(Outcome.DOES_NOT_QUALIFY);
        family.put("household.income_per_capita", 1_000.0);
        assertThat(outcome("MZ-01", family)).isEqualTo(Outcome.DOES_NOT_QUALIFY);
        assertThat(outcome("MZ-07", family)).isEqualTo(Outcome.QUALIFIES);
    }

    @Test
    void anElderlyPersonAloneWithoutIncomeQualifiesForTekunSupport() throws RuleRejected {
        Map<String, Object> person = binzhou();
        person.put("person.age", 72L);
        person.put("person.hukou", "rural");
        person.put("household.income_per_capita", 300.0);
        person.put("household.assets_per_capita", 2_000.0);
        person.put("person.able_supporter", false);
        person.put("person.disability_category", "none");
        person.put("person.disability_grade", 0L);

        assertThat(outcome("MZ-04", person)).isEqualTo(Outcome.QUALIFIES);
        person.put("person.able_supporter", true);
        assertThat(outcome("MZ-04", person)).isEqualTo(Outcome.DOES_NOT_QUALIFY);
    }

    @Test
    void anOrphanAtSchoolIsFoundByTheChildrensPolicies() throws RuleRejected {
        Map<String, Object> child = binzhou();
        child.put("person.age", 12L);
        child.put("person.orphan", true);

        assertThat(outcome("MZ-09", child)).isEqualTo(Outcome.QUALIFIES);
        assertThat(outcome("MZ-18", child)).isEqualTo(Outcome.QUALIFIES);
        child.put("person.age", 18L);
        assertThat(outcome("MZ-09", child)).isEqualTo(Outcome.DOES_NOT_QUALIFY);
    }

    @Test
    void whatIsNotKnownYetLeavesTheAnswerOpen() throws RuleRejected {
        Map<String, Object> nothing = binzhou();
        assertThat(outcome("MZ-01", nothing)).isEqualTo(Outcome.CANNOT_TELL);
        assertThat(outcome("YJ-01", nothing)).isEqualTo(Outcome.CANNOT_TELL);
    }

    /** Binzhou's local standards as a demo parameter table would give them; the figures are illustrative. */
    private static Map<String, Object> binzhou() {
        Map<String, Object> facts = new HashMap<>();
        facts.put("local.dibao_urban", 950.0);
        facts.put("local.dibao_rural", 780.0);
        facts.put("local.asset_limit", 30_000.0);
        facts.put("local.edge_multiple", 1.5);
        facts.put("local.disposable_income", 36_000.0);
        facts.put("local.rigid_ratio", 0.5);
        facts.put("local.allowance_age", 80L);
        return facts;
    }

    private Outcome outcome(String code, Map<String, Object> facts) throws RuleRejected {
        DemoPolicy policy = CATALOGUE.stream()
                .filter(candidate -> candidate.code().equals(code))
                .findFirst()
                .orElseThrow();
        CompiledRule rule = compiler.compile(policy.rule());
        return rule.evaluate(Facts.of(facts)).outcome();
    }
}
