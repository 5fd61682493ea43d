package org.minzheng.charity.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records and corrects quarterly evaluations, each change audited in the same transaction. */
@Service
class EvaluationService {

    static final String TARGET = "charity-evaluation";

    private final EvaluationRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    EvaluationService(EvaluationRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Stores a checked form for a project the caller may change. */
    @Transactional
    long create(EvaluatedProject project, EvaluationForm form, String username) {
        long id = repository.insert(
                form, form.evaluator().strip(), form.findings().strip(), username);
        audit.record(AuditEvent.operation(
                        "charity.evaluation.create", TARGET, String.valueOf(id), RegionCode.of(project.regionCode()))
                .withDetail(detail(project, form)));
        return id;
    }

    @Transactional
    void update(ProjectEvaluation evaluation, EvaluationForm form, String username) {
        repository.update(
                evaluation.id(), form, form.evaluator().strip(), form.findings().strip(), username);
        audit.record(AuditEvent.operation(
                        "charity.evaluation.update",
                        TARGET,
                        String.valueOf(evaluation.id()),
                        RegionCode.of(evaluation.regionCode()))
                .withDetail("project " + evaluation.projectId() + " " + evaluation.period() + " total "
                        + evaluation.totalScore() + " -> " + form.total()));
    }

    private static String detail(EvaluatedProject project, EvaluationForm form) {
        return "project " + project.id() + " " + new Quarter(form.year(), form.quarter()) + " total " + form.total()
                + " / " + form.evaluator().strip();
    }
}
