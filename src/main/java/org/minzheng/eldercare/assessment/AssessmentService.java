package org.minzheng.eldercare.assessment;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.eldercare.elder.ElderHeader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Records capability assessments: checks every item, scores, sets the next due date, stores and audits. */
@Service
class AssessmentService {

    private final AssessmentRepository assessments;
    private final ReassessmentCycle cycle;
    private final AuditLog audit;

    AssessmentService(AssessmentRepository assessments, ReassessmentCycle cycle, AuditLog audit) {
        this.assessments = assessments;
        this.cycle = cycle;
        this.audit = audit;
    }

    List<Agency> agencies() {
        return assessments.agencies();
    }

    List<Assessor> assessors() {
        return assessments.assessors();
    }

    /** Rejections go to {@code errors}; nothing is stored then. */
    @Transactional
    Optional<Long> record(ElderHeader elder, AssessmentForm form, Errors errors, String staff) {
        Map<CapabilityItem, Integer> items = new EnumMap<>(CapabilityItem.class);
        int missing = 0;
        for (CapabilityItem item : CapabilityItem.values()) {
            String path = "scores[" + item.name() + "]";
            if (errors.hasFieldErrors(path)) {
                continue;
            }
            Integer score = form.getScores().get(item.name());
            if (score == null) {
                missing++;
                errors.rejectValue(path, "eldercare.assessment.score.missing");
            } else if (score < 0 || score > item.max()) {
                errors.rejectValue(path, "eldercare.assessment.score.range", new Object[] {item.max()}, null);
            } else {
                items.put(item, score);
            }
        }
        if (missing > 0) {
            errors.reject("eldercare.assessment.items.missing", new Object[] {missing}, null);
        }
        checkAssessors(form, errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        RiskFindings findings =
                new RiskFindings(form.isComa(), form.isDementia(), form.isPsychiatric(), form.getRiskEvents());
        CapabilityScore score = CapabilityScore.of(items, findings);
        long id = assessments.insert(
                elder.id(),
                elder.region(),
                form,
                score,
                cycle.nextDue(form.getAssessedOn(), score.finalLevel()),
                staff);
        audit.record(AuditEvent.operation(
                        "eldercare.assessment.record", "eldercare.assessment", String.valueOf(id), elder.region())
                .withDetail("elder " + elder.id() + ", total " + score.total() + ", preliminary "
                        + score.preliminary().number() + ", adjustments " + score.adjustments() + ", final "
                        + score.finalLevel().number()));
        return Optional.of(id);
    }

    private void checkAssessors(AssessmentForm form, Errors errors) {
        if (form.getAgencyId() == null || form.getFirstAssessorId() == null || form.getSecondAssessorId() == null) {
            return;
        }
        List<Assessor> all = assessments.assessors();
        if (all.stream().noneMatch(a -> a.agencyId() == form.getAgencyId())) {
            errors.rejectValue("agencyId", "eldercare.assessment.agency.unknown");
            return;
        }
        if (form.getFirstAssessorId().equals(form.getSecondAssessorId())) {
            errors.rejectValue("secondAssessorId", "eldercare.assessment.assessor.same");
        }
        for (String field : List.of("firstAssessorId", "secondAssessorId")) {
            Long chosen = "firstAssessorId".equals(field) ? form.getFirstAssessorId() : form.getSecondAssessorId();
            boolean ofAgency = all.stream().anyMatch(a -> a.id() == chosen && a.agencyId() == form.getAgencyId());
            if (!ofAgency && !errors.hasFieldErrors(field)) {
                errors.rejectValue(field, "eldercare.assessment.assessor.agency");
            }
        }
    }
}
