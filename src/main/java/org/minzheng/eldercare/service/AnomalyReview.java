package org.minzheng.eldercare.service;

import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor's decision on a flag: valid (the service was given, e.g. two elders of one household were
 * served together, so the overlap is no fraud) lets the visit be paid; invalid keeps it out of the
 * settlement. Each flag is decided once.
 */
@Service
class AnomalyReview {

    private final VisitRepository visits;
    private final AuditLog audit;

    AnomalyReview(VisitRepository visits, AuditLog audit) {
        this.visits = visits;
        this.audit = audit;
    }

    @Transactional
    void review(VisitDetails visit, AnomalyKind kind, boolean valid, String note, String staff) {
        if (!visits.review(visit.id(), kind, valid, note, staff)) {
            throw new ServiceRefusedException("eldercare.anomaly.refused.reviewed");
        }
        audit.record(AuditEvent.operation(
                        "eldercare.visit.review",
                        "eldercare.visit",
                        String.valueOf(visit.id()),
                        RegionCode.of(visit.regionCode()))
                .withDetail(kind + (valid ? " valid" : " invalid")));
    }
}
