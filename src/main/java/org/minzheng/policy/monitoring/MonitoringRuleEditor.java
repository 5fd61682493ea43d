package org.minzheng.policy.monitoring;

import java.util.Optional;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.policy.rule.RuleCompiler;
import org.minzheng.policy.rule.RuleProblem;
import org.minzheng.policy.rule.RuleRejected;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Every change to the monitoring rules, each audited in its own transaction. An edit adds a version, so
 * the text behind a warning raised last month stays readable. Audit entries carry no region: the rules
 * are city-wide.
 */
@Service
class MonitoringRuleEditor {

    static final String TARGET = "policy.monitoring_rule";

    /** More problems than this in one rule are noise: the first ones are what the author fixes first. */
    private static final int SHOWN_PROBLEMS = 3;

    private final MonitoringRuleRepository rules;
    private final RuleCompiler compiler;
    private final AuditLog audit;

    MonitoringRuleEditor(MonitoringRuleRepository rules, RuleCompiler compiler, AuditLog audit) {
        this.rules = rules;
        this.compiler = compiler;
        this.audit = audit;
    }

    /** What Bean Validation cannot check: a free code, and a rule that type-checks against the schema. */
    void check(MonitoringRuleForm form, boolean creating, Errors errors) {
        if (creating && !errors.hasFieldErrors("code") && rules.codeTaken(form.code())) {
            errors.rejectValue("code", "monitoringRule.validation.codeTaken", new Object[] {form.code()}, null);
        }
        if (!errors.hasFieldErrors("rule")) {
            try {
                compiler.draft(form.rule());
            } catch (RuleRejected rejected) {
                rejected.problems().stream().limit(SHOWN_PROBLEMS).forEach(problem -> reject(problem, errors));
            }
        }
    }

    private static void reject(RuleProblem problem, Errors errors) {
        RuleProblemWords.Words words = RuleProblemWords.of(problem);
        DefaultMessageSourceResolvable what =
                new DefaultMessageSourceResolvable(new String[] {words.key()}, words.args(), problem.message());
        if (problem.line() > 0) {
            errors.rejectValue(
                    "rule", "monitoringRule.problemAt", new Object[] {problem.line(), problem.column(), what}, null);
        } else {
            errors.rejectValue("rule", "monitoringRule.problem", new Object[] {what}, null);
        }
    }

    /** @return the new rule's id, or empty when its code was taken between the check and the insert */
    @Transactional
    Optional<Long> create(MonitoringRuleForm form, StaffPrincipal actor) {
        Optional<Long> id = rules.insert(form.code(), form.settings(), actor.username());
        id.ifPresent(created -> audit.record(AuditEvent.operation("policy.monitoring.create", TARGET, form.code(), null)
                .withDetail(form.name() + ": " + form.rule())));
        return id;
    }

    /**
     * Adds the edited rule as the next version.
     *
     * @return the new version's number, or empty when someone else changed the rule since the editor
     *     opened it
     */
    @Transactional
    Optional<Integer> edit(long id, MonitoringRuleForm form, StaffPrincipal actor) {
        MonitoringRule before = existing(id);
        Optional<Integer> version =
                rules.addVersion(id, form.baseVersion(), form.settings(), form.changeNote(), actor.username());
        version.ifPresent(
                number -> audit.record(AuditEvent.operation("policy.monitoring.edit", TARGET, before.code(), null)
                        .withDetail("v" + number + ": " + form.changeNote() + " | " + form.rule())));
        return version;
    }

    /** @return false when the rule was switched that way already */
    @Transactional
    boolean switchTo(long id, boolean active, StaffPrincipal actor) {
        MonitoringRule rule = existing(id);
        if (!rules.switchTo(id, active, actor.username())) {
            return false;
        }
        String action = active ? "policy.monitoring.activate" : "policy.monitoring.deactivate";
        audit.record(AuditEvent.operation(action, TARGET, rule.code(), null)
                .withDetail(rule.settings().name()));
        return true;
    }

    MonitoringRule existing(long id) {
        return rules.find(id).orElseThrow(() -> new NotFoundException("monitoring rule"));
    }

    MonitoringRule existing(long id, int version) {
        return rules.find(id, version).orElseThrow(() -> new NotFoundException("monitoring rule version"));
    }
}
