package org.minzheng.policy.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.policy.rule.RuleCompiler;
import org.minzheng.policy.rule.RuleProblem;
import org.minzheng.policy.rule.RuleRejected;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Every change to the catalogue, each audited in its own transaction. An edit adds a version and a
 * retirement sets a day; nothing a citizen was once shown is overwritten. Audit entries carry no region:
 * the catalogue is city-wide reference data.
 */
@Service
class PolicyEditor {

    static final String TARGET = "policy.policy";

    /** More problems than this in one rule are noise: the first ones are what the author fixes first. */
    private static final int SHOWN_PROBLEMS = 3;

    private final PolicyRepository policies;
    private final RuleCompiler compiler;
    private final AuditLog audit;
    private final Clock clock;

    PolicyEditor(PolicyRepository policies, RuleCompiler compiler, AuditLog audit, Clock clock) {
        this.policies = policies;
        this.compiler = compiler;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What Bean Validation cannot check: a free code, a known department, the dates' order, the rule. */
    void check(PolicyForm form, boolean creating, Errors errors) {
        if (creating) {
            if (!errors.hasFieldErrors("code") && policies.codeTaken(form.code())) {
                errors.rejectValue("code", "policy.validation.codeTaken", new Object[] {form.code()}, null);
            }
            if (!errors.hasFieldErrors("department")
                    && policies.departments().stream()
                            .noneMatch(department -> department.code().equals(form.department()))) {
                errors.rejectValue("department", "policy.validation.choose");
            }
        }
        if (form.effectiveFrom() != null
                && form.effectiveUntil() != null
                && form.effectiveUntil().isBefore(form.effectiveFrom())) {
            errors.rejectValue("effectiveUntil", "policy.validation.untilBeforeFrom");
        }
        if (form.rule() != null && !errors.hasFieldErrors("rule")) {
            try {
                compiler.compile(form.rule());
            } catch (RuleRejected rejected) {
                rejected.problems().stream().limit(SHOWN_PROBLEMS).forEach(problem -> reject(problem, errors));
            }
        }
    }

    private static void reject(RuleProblem problem, Errors errors) {
        if (problem.line() > 0) {
            errors.rejectValue(
                    "rule",
                    "policy.rule.problemAt",
                    new Object[] {problem.line(), problem.column(), problem.message()},
                    null);
        } else {
            errors.rejectValue("rule", "policy.rule.problem", new Object[] {problem.message()}, null);
        }
    }

    /**
     * @return the new policy's id, or empty when its code was taken between the check and the insert
     */
    @Transactional
    Optional<Long> create(PolicyForm form, StaffPrincipal actor) {
        Optional<Long> id = policies.insert(form.code(), form.department(), form.content(), false, actor.username());
        id.ifPresent(created -> audit.record(AuditEvent.operation("policy.policy.create", TARGET, form.code(), null)
                .withDetail(form.name())));
        return id;
    }

    /**
     * Adds the edited text as the next version.
     *
     * @return the new version's number, or empty when someone else changed or retired the policy since
     *     the editor opened it
     */
    @Transactional
    Optional<Integer> edit(long id, PolicyForm form, StaffPrincipal actor) {
        PolicyVersion before = existing(id);
        Optional<Integer> version =
                policies.addVersion(id, form.baseVersion(), form.content(), form.changeNote(), actor.username());
        version.ifPresent(number -> audit.record(AuditEvent.operation("policy.policy.edit", TARGET, before.code(), null)
                .withDetail("v" + number + ": " + form.changeNote())));
        return version;
    }

    /** Takes the policy out of the catalogue from today on. @return false when it was retired already */
    @Transactional
    boolean retire(long id, String reason, StaffPrincipal actor) {
        PolicyVersion policy = existing(id);
        if (!policies.retire(id, today(), reason, actor.username())) {
            return false;
        }
        audit.record(AuditEvent.operation("policy.policy.retire", TARGET, policy.code(), null)
                .withDetail(reason));
        return true;
    }

    PolicyVersion existing(long id) {
        return policies.find(id, today()).orElseThrow(() -> new NotFoundException("policy"));
    }

    PolicyVersion existing(long id, int version) {
        return policies.find(id, version, today()).orElseThrow(() -> new NotFoundException("policy version"));
    }
}
