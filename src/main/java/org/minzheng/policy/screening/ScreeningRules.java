package org.minzheng.policy.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minzheng.policy.Policies;
import org.minzheng.policy.PolicyRule;
import org.minzheng.policy.rule.RuleCompiler;
import org.minzheng.policy.rule.RuleRejected;
import org.minzheng.registry.HouseholdCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rules a screening run evaluates: every policy in force on the day that has a rule. */
@Component
class ScreeningRules {

    private static final Logger log = LoggerFactory.getLogger(ScreeningRules.class);

    private final Policies policies;
    private final RuleCompiler compiler;
    private final JdbcClient jdbc;

    ScreeningRules(Policies policies, RuleCompiler compiler, JdbcClient jdbc) {
        this.policies = policies;
        this.compiler = compiler;
        this.jdbc = jdbc;
    }

    List<ScreeningRule> inForce(LocalDate day) {
        Map<String, Set<HouseholdCategory>> markers = markers();
        List<ScreeningRule> rules = new ArrayList<>();
        for (PolicyRule rule : policies.rulesInForce(day)) {
            try {
                rules.add(new ScreeningRule(
                        rule.policy(),
                        compiler.compile(rule.rule()),
                        markers.getOrDefault(rule.policy().code(), Set.of())));
            } catch (RuleRejected e) {
                // checked when saved; a rule the schema no longer accepts is left out, not fatal to the run
                log.warn(
                        "Rule of policy {} no longer compiles; screening leaves it out",
                        rule.policy().code());
            }
        }
        return rules;
    }

    Map<String, Set<HouseholdCategory>> markers() {
        Map<String, Set<HouseholdCategory>> markers = new HashMap<>();
        List<String[]> rows = jdbc.sql("select policy_code, category from policy.receipt_markers")
                .query((rs, n) -> new String[] {rs.getString("policy_code"), rs.getString("category")})
                .list();
        for (String[] row : rows) {
            HouseholdCategory.ofCode(row[1]).ifPresent(category -> markers.computeIfAbsent(
                            row[0], code -> EnumSet.noneOf(HouseholdCategory.class))
                    .add(category));
        }
        return markers;
    }
}
