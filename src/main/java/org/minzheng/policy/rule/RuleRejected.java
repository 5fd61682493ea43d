package org.minzheng.policy.rule;

import java.util.List;

/** A rule that does not type-check against the attribute schema, or uses what the evaluator lacks. */
public class RuleRejected extends Exception {

    private final transient List<RuleProblem> problems;

    RuleRejected(List<RuleProblem> problems) {
        super(problems.isEmpty() ? "rule rejected" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
