package org.minzheng.policy.selfcheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.minzheng.policy.Policies;
import org.minzheng.policy.PolicyRule;
import org.minzheng.policy.PolicySummary;
import org.minzheng.policy.Question;
import org.minzheng.policy.SelfCheck;
import org.minzheng.policy.SelfCheckResult;
import org.minzheng.policy.SelfCheckResult.Finding;
import org.minzheng.policy.parameter.LocalStandards;
import org.minzheng.policy.rule.Attribute;
import org.minzheng.policy.rule.CompiledRule;
import org.minzheng.policy.rule.Facts;
import org.minzheng.policy.rule.RuleCompiler;
import org.minzheng.policy.rule.RuleRejected;
import org.minzheng.policy.rule.Verdict;
import org.minzheng.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The self-check behind 码上通: asks only what the rules in force read, and sorts the policies by what
 * the answers settle. Rules come compiled from the {@link RuleCompiler}'s cache, so a check costs the
 * evaluations only.
 */
@Service
class SelfCheckService implements SelfCheck {

    private static final Logger log = LoggerFactory.getLogger(SelfCheckService.class);

    private final Policies policies;
    private final RuleCompiler compiler;
    private final LocalStandards standards;

    SelfCheckService(Policies policies, RuleCompiler compiler, LocalStandards standards) {
        this.policies = policies;
        this.compiler = compiler;
        this.standards = standards;
    }

    @Override
    public List<Question> questions(LocalDate day) {
        return questionsOf(compiledRules(day));
    }

    private static List<Question> questionsOf(List<Compiled> rules) {
        TreeMap<Integer, Attribute> needed = new TreeMap<>();
        for (Compiled compiled : rules) {
            for (Attribute attribute : compiled.rule().attributes()) {
                if (attribute.askable()) {
                    needed.put(attribute.index(), attribute);
                }
            }
        }
        return needed.values().stream().map(Answers::questionFor).toList();
    }

    @Override
    public List<Question> keyQuestions(LocalDate day, int count) {
        Map<Attribute, Integer> reads = new HashMap<>();
        for (Compiled compiled : compiledRules(day)) {
            for (Attribute attribute : compiled.rule().attributes()) {
                if (attribute.askable()) {
                    reads.merge(attribute, 1, Integer::sum);
                }
            }
        }
        return reads.entrySet().stream()
                .sorted(Map.Entry.<Attribute, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(entry -> entry.getKey().index()))
                .limit(count)
                .map(Map.Entry::getKey)
                .sorted(Comparator.comparingInt(Attribute::index))
                .map(Answers::questionFor)
                .toList();
    }

    @Override
    public SelfCheckResult check(RegionCode region, LocalDate day, Map<String, List<String>> given) {
        // one read of the rules in force serves the questions and the verdicts
        List<Compiled> rules = compiledRules(day);
        List<Question> questions = questionsOf(rules);
        Answers answers = Answers.read(questions, given);
        if (!answers.problems().isEmpty()) {
            return new SelfCheckResult(List.of(), List.of(), List.of(), List.of(), answers.problems());
        }
        Map<String, Object> known = new HashMap<>(standards.factsFor(region, day));
        known.putAll(answers.facts());
        Facts facts = Facts.of(known);
        List<Finding> likely = new ArrayList<>();
        List<Finding> open = new ArrayList<>();
        List<Finding> unlikely = new ArrayList<>();
        List<PolicySummary> askDepartment = new ArrayList<>();
        for (Compiled compiled : rules) {
            Verdict verdict = compiled.rule().evaluate(facts);
            switch (verdict.outcome()) {
                case QUALIFIES -> likely.add(new Finding(compiled.policy(), List.of()));
                case DOES_NOT_QUALIFY -> unlikely.add(new Finding(compiled.policy(), List.of()));
                case CANNOT_TELL -> {
                    List<String> askable =
                            verdict.missing().stream().filter(Answers::askable).toList();
                    // a missing local standard or a failing rule is nothing the family can answer
                    if (askable.isEmpty()) {
                        askDepartment.add(compiled.policy());
                    } else {
                        open.add(new Finding(compiled.policy(), askable));
                    }
                }
            }
        }
        policies.inForce(day, "").stream().filter(policy -> !policy.hasRule()).forEach(askDepartment::add);
        return new SelfCheckResult(likely, open, unlikely, askDepartment, Map.of());
    }

    private record Compiled(PolicySummary policy, CompiledRule rule) {}

    private List<Compiled> compiledRules(LocalDate day) {
        List<Compiled> compiled = new ArrayList<>();
        for (PolicyRule rule : policies.rulesInForce(day)) {
            try {
                compiled.add(new Compiled(rule.policy(), compiler.compile(rule.rule())));
            } catch (RuleRejected e) {
                // rules are checked when saved; one that no longer compiles (the schema changed) is
                // left out rather than failing every citizen's self-check
                log.warn(
                        "Rule of policy {} no longer compiles: {}",
                        rule.policy().code(),
                        e.getMessage());
            }
        }
        return compiled;
    }
}
