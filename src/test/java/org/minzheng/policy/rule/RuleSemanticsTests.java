package org.minzheng.policy.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our evaluator against cel-java's own interpreter, the reference semantics of CEL: on complete facts
 * both must give the same answer; on partial facts a settled answer must hold for every way of filling
 * in what was unknown (unknown is never silently false).
 */
class RuleSemanticsTests {

    static final int CASES = 1500;

    final RuleCompiler compiler = new RuleCompiler();
    final CelRuntime cel = CelRuntimeFactory.standardCelRuntimeBuilder().build();
    final AttributeSchema schema = AttributeSchema.standard();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "household.income_per_capita < local.dibao && household.assets_per_capita <= local.asset_limit",
                "!('dibao' in household.categories) && household.income_per_capita < local.edge_multiple * local.dibao",
                "person.age >= 60 || person.age < 16 || person.disability_grade in [1, 2]",
                "person.disability_category in ['intellectual', 'mental'] && person.disability_grade <= 3",
                "(person.work_ability == 'none' || person.age >= 60) && !person.able_supporter"
                        + " && household.income_per_capita < local.dibao",
                "household.rigid_expense_yearly > household.income_per_capita * double(household.size) * 12.0"
                        + " * local.rigid_ratio",
                "person.age >= local.allowance_age && ('dibao' in household.categories || 'tekun' in household.categories)",
                "person.hukou == 'rural' ? household.income_per_capita < local.dibao_rural"
                        + " : household.income_per_capita < local.dibao_urban",
                "size(household.categories) > 0 && person.school_stage != 'none' && !person.boarding",
                "household.size - household.elderly_members >= 2 || household.emergency",
                "person.sex == 'female' && person.women_cancer && household.income_per_capita * 12.0 < local.disposable_income",
                "int(household.income_per_capita) % 2 == 0 || household.size / 2 > 1"
            })
    void agreesWithCelJava(String source) throws Exception {
        CompiledRule rule = compiler.compile(source);
        CelRuntime.Program reference = cel.createProgram(rule.ast());
        Random random = new Random(source.hashCode());
        for (int i = 0; i < CASES; i++) {
            Map<String, Object> facts = randomFacts(random);
            Object expected = reference.eval(nested(facts));
            Verdict verdict = rule.evaluate(Facts.of(facts));
            assertThat(verdict.outcome())
                    .as("%s with %s", source, facts)
                    .isEqualTo(Boolean.TRUE.equals(expected) ? Outcome.QUALIFIES : Outcome.DOES_NOT_QUALIFY);

            Map<String, Object> partial = forgetSome(facts, random);
            Verdict partialVerdict = rule.evaluate(Facts.of(partial));
            if (partialVerdict.outcome() != Outcome.CANNOT_TELL) {
                assertThat(partialVerdict.outcome())
                        .as("settled on partial facts %s but the full facts say otherwise", partial)
                        .isEqualTo(verdict.outcome());
            } else {
                assertThat(partialVerdict.missing())
                        .as("an open answer names what it needs")
                        .isNotEmpty()
                        .allSatisfy(path -> assertThat(partial).doesNotContainKey(path));
            }
        }
    }

    private Map<String, Object> randomFacts(Random random) {
        Map<String, Object> facts = new HashMap<>();
        for (Attribute attribute : schema.attributes()) {
            if (attribute.path().equals(AttributeSchema.DIBAO)) {
                continue;
            }
            facts.put(attribute.path(), randomValue(attribute, random));
        }
        return facts;
    }

    private static Object randomValue(Attribute attribute, Random random) {
        return switch (attribute.type()) {
            case INT -> (long) random.nextInt(attribute.path().equals("person.age") ? 100 : 6) + 1;
            case DOUBLE -> random.nextInt(40) * 50.0 + (attribute.path().startsWith("local.") ? 1.0 : 0.0);
            case BOOL -> random.nextBoolean();
            case STRING ->
                attribute.options().get(random.nextInt(attribute.options().size()));
            case STRING_LIST ->
                attribute.options().stream()
                        .filter(option -> random.nextInt(3) == 0)
                        .toList();
        };
    }

    private static Map<String, Object> forgetSome(Map<String, Object> facts, Random random) {
        Map<String, Object> partial = new HashMap<>();
        facts.forEach((path, value) -> {
            if (random.nextInt(3) != 0) {
                partial.put(path, value);
            }
        });
        return partial;
    }

    /** The same facts as cel-java takes them: one map per variable, with the derived 低保 standard. */
    private static Map<String, Object> nested(Map<String, Object> facts) {
        Map<String, Map<String, Object>> variables = new HashMap<>();
        for (String scope : List.of(AttributeSchema.HOUSEHOLD, AttributeSchema.PERSON, AttributeSchema.LOCAL)) {
            variables.put(scope, new HashMap<>());
        }
        facts.forEach((path, value) -> {
            int dot = path.indexOf('.');
            variables.get(path.substring(0, dot)).put(path.substring(dot + 1), value);
        });
        Map<String, Object> local = variables.get(AttributeSchema.LOCAL);
        local.put(
                "dibao",
                "rural".equals(facts.get("person.hukou")) ? local.get("dibao_rural") : local.get("dibao_urban"));
        return new HashMap<>(variables);
    }
}
