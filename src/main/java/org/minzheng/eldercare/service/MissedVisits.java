package org.minzheng.eldercare.service;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shortly after midnight, visits of past days that nobody checked in to become missed and are flagged,
 * so that the supervision centre sees them in the morning and the settlement pays nothing for them. One
 * instance runs it.
 */
@Component
class MissedVisits {

    private final VisitRepository visits;
    private final ServicePlanning planning;
    private final AuditLog audit;

    MissedVisits(VisitRepository visits, ServicePlanning planning, AuditLog audit) {
        this.visits = visits;
        this.planning = planning;
        this.audit = audit;
    }

    @Scheduled(cron = "${minzheng.eldercare.missed-visits-cron:0 10 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "eldercare-missed-visits", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    @Transactional
    public void nightly() {
        flagMissed();
    }

    /** @return how many visits were found missed */
    @Transactional
    public int flagMissed() {
        List<Long> missed = visits.markMissed(planning.today());
        if (!missed.isEmpty()) {
            audit.record(AuditEvent.operation("eldercare.visit.missed", "eldercare.visit", "*", null)
                    .withDetail(missed.size() + " visits"));
        }
        return missed.size();
    }
}
