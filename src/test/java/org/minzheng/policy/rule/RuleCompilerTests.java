package org.minzheng.policy.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleCompilerTests {

    static final String DIBAO =
            "household.income_per_capita < local.dibao" + " && household.assets_per_capita <= local.asset_limit";

    final RuleCompiler compiler = new RuleCompiler();

    @Test
    void refusesAMisspeltFieldWithItsPosition() {
        RuleRejected rejected = catchThrowableOfType(
                RuleRejected.class, () -> compiler.compile("person.age >= 60 &&\n  person.agee < 70"));
        assertThat(rejected.problems()).hasSize(1);
        RuleProblem problem = rejected.problems().get(0);
        assertThat(problem.message()).contains("agee");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo(9);
    }

    @Test
    void refusesComparingANumberWithText() {
        RuleRejected rejected = catchThrowableOfType(RuleRejected.class, () -> compiler.compile("person.age >= '60'"));
        assertThat(rejected.problems().get(0).message()).contains("_>=_");
        assertThat(rejected.problems().get(0).column()).isEqualTo(12);
    }

    @Test
    void refusesARuleThatIsNotAYesOrNo() {
        assertThatThrownBy(() -> compiler.compile("person.age + 1")).isInstanceOf(RuleRejected.class);
    }

    @Test
    void refusesMacrosTheEvaluatorDoesNotCover() {
        RuleRejected rejected = catchThrowableOfType(
                RuleRejected.class, () -> compiler.compile("household.categories.exists(c, c == 'dibao')"));
        assertThat(rejected.problems()).isNotEmpty();
    }

    @Test
    void refusesEmptyAndOverlongRules() {
        assertThatThrownBy(() -> compiler.compile("  ")).isInstanceOf(RuleRejected.class);
        assertThatThrownBy(() -> compiler.compile("true || ".repeat(300) + "true"))
                .isInstanceOf(RuleRejected.class);
    }

    @Test
    void aHouseholdBelowTheLocalStandardQualifies() throws RuleRejected {
        CompiledRule rule = compiler.compile(DIBAO);
        Facts facts = facts(Map.of(
                "household.income_per_capita", 600.0,
                "household.assets_per_capita", 10_000.0,
                "person.hukou", "rural",
                "local.dibao_rural", 780.0,
                "local.dibao_urban", 1_000.0,
                "local.asset_limit", 30_000.0));
        assertThat(rule.evaluate(facts).outcome()).isEqualTo(Outcome.QUALIFIES);
    }

    @Test
    void theRuralStandardAppliesToARuralHukou() throws RuleRejected {
        CompiledRule rule = compiler.compile(DIBAO);
        Map<String, Object> known = new HashMap<>(Map.of(
                "household.income_per_capita", 900.0,
                "household.assets_per_capita", 10_000.0,
                "local.dibao_rural", 780.0,
                "local.dibao_urban", 1_000.0,
                "local.asset_limit", 30_000.0));
        known.put("person.hukou", "rural");
        assertThat(rule.evaluate(facts(known)).outcome()).isEqualTo(Outcome.DOES_NOT_QUALIFY);
        known.put("person.hukou", "urban");
        assertThat(rule.evaluate(facts(known)).outcome()).isEqualTo(Outcome.QUALIFIES);
    }

    @Test
    void anUnknownFactIsNotFalse() throws RuleRejected {
        CompiledRule rule = compiler.compile(DIBAO);
        Verdict verdict = rule.evaluate(facts(Map.of(
                "household.income_per_capita", 600.0,
                "local.dibao_rural", 780.0,
                "local.dibao_urban", 1_000.0,
                "local.asset_limit", 30_000.0)));
        assertThat(verdict.outcome()).isEqualTo(Outcome.CANNOT_TELL);
        assertThat(verdict.missing()).containsExactly("household.assets_per_capita", "person.hukou");
    }

    @Test
    void aKnownFalseConjunctSettlesItWhateverIsMissing() throws RuleRejected {
        CompiledRule rule = compiler.compile("person.age >= 60 && household.income_per_capita < local.dibao");
        assertThat(rule.evaluate(facts(Map.of("person.age", 45L))).outcome()).isEqualTo(Outcome.DOES_NOT_QUALIFY);
    }

    @Test
    void aKnownTrueDisjunctSettlesItWhateverIsMissing() throws RuleRejected {
        CompiledRule rule = compiler.compile("'dibao' in household.categories || person.age >= 80");
        assertThat(rule.evaluate(facts(Map.of("person.age", 85L))).outcome()).isEqualTo(Outcome.QUALIFIES);
        Verdict open = rule.evaluate(facts(Map.of("person.age", 70L)));
        assertThat(open.outcome()).isEqualTo(Outcome.CANNOT_TELL);
        assertThat(open.missing()).containsExactly("household.categories");
        assertThat(rule.evaluate(facts(Map.of("person.age", 70L, "household.categories", List.of("edge"))))
                        .outcome())
                .isEqualTo(Outcome.DOES_NOT_QUALIFY);
    }

    @Test
    void negationOfAnUnknownStaysUnknown() throws RuleRejected {
        CompiledRule rule = compiler.compile("!person.orphan");
        assertThat(rule.evaluate(facts(Map.of())).outcome()).isEqualTo(Outcome.CANNOT_TELL);
        assertThat(rule.evaluate(facts(Map.of("person.orphan", true))).outcome())
                .isEqualTo(Outcome.DOES_NOT_QUALIFY);
    }

    @Test
    void arithmeticOnLocalStandards() throws RuleRejected {
        CompiledRule rule = compiler.compile("household.income_per_capita < local.edge_multiple * local.dibao");
        Map<String, Object> known = Map.of(
                "household.income_per_capita", 1_100.0,
                "person.hukou", "urban",
                "local.dibao_urban", 800.0,
                "local.edge_multiple", 1.5);
        assertThat(rule.evaluate(facts(known)).outcome()).isEqualTo(Outcome.QUALIFIES);
    }

    @Test
    void anUnconfiguredLocalStandardIsReportedAsMissing() throws RuleRejected {
        CompiledRule rule = compiler.compile("household.income_per_capita < local.dibao");
        Verdict verdict = rule.evaluate(facts(Map.of("household.income_per_capita", 100.0, "person.hukou", "urban")));
        assertThat(verdict.missing()).containsExactly("local.dibao_urban");
    }

    @Test
    void theRuleListsTheAttributesItReads() throws RuleRejected {
        CompiledRule rule = compiler.compile(DIBAO);
        assertThat(rule.attributes())
                .extracting(Attribute::path)
                .containsExactly(
                        "household.income_per_capita",
                        "household.assets_per_capita",
                        "person.hukou",
                        "local.dibao",
                        "local.asset_limit");
    }

    @Test
    void compilesEachTextOnce() throws RuleRejected {
        assertThat(compiler.compile(DIBAO)).isSameAs(compiler.compile(DIBAO));
        assertThat(compiler.draft(DIBAO)).isSameAs(compiler.compile(DIBAO));
    }

    @Test
    void draftsAreNotKept() throws RuleRejected {
        String draft = "person.age >= 61";
        assertThat(compiler.draft(draft)).isNotSameAs(compiler.draft(draft));
    }

    static Facts facts(Map<String, ?> known) {
        return Facts.of(known);
    }
}
