package org.minzheng.eldercare.service;

import java.time.LocalDate;
import java.time.YearMonth;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends visits to caregivers: only to an active caregiver of the provider that holds the bed's contract,
 * and only while nobody has checked in.
 */
@Service
class Dispatch {

    private final VisitRepository visits;
    private final ServicePlanning planning;
    private final AuditLog audit;

    Dispatch(VisitRepository visits, ServicePlanning planning, AuditLog audit) {
        this.visits = visits;
        this.planning = planning;
        this.audit = audit;
    }

    /** @return how many visits were sent */
    @Transactional
    int dispatchPlan(PlanView plan, long caregiverId, String staff) {
        requireCaregiverOf(plan.providerId(), caregiverId);
        int sent = visits.dispatchPlan(plan.id(), caregiverId, planning.today(), staff);
        if (sent == 0) {
            throw new ServiceRefusedException("eldercare.dispatch.refused.nothing");
        }
        audit.record(AuditEvent.operation(
                        "eldercare.visit.dispatch",
                        "eldercare.service-plan",
                        String.valueOf(plan.id()),
                        RegionCode.of(plan.regionCode()))
                .withDetail(sent + " visits to caregiver " + caregiverId));
        return sent;
    }

    /** @param day the new day, within the plan's month and not before today; null keeps the day */
    @Transactional
    void assign(VisitDetails visit, long caregiverId, LocalDate day, String staff) {
        requireCaregiverOf(visit.providerId(), caregiverId);
        LocalDate on = day == null ? visit.scheduledOn() : day;
        if (!YearMonth.from(on).equals(YearMonth.from(visit.scheduledOn())) || on.isBefore(planning.today())) {
            throw new ServiceRefusedException("eldercare.dispatch.refused.day", YearMonth.from(visit.scheduledOn()));
        }
        if (!visit.status().open() || !visits.assign(visit.id(), caregiverId, on, staff)) {
            throw new ServiceRefusedException("eldercare.dispatch.refused.started");
        }
        audit.record(AuditEvent.operation(
                        "eldercare.visit.assign",
                        "eldercare.visit",
                        String.valueOf(visit.id()),
                        RegionCode.of(visit.regionCode()))
                .withDetail("caregiver " + caregiverId + " on " + on));
    }

    private void requireCaregiverOf(long providerId, long caregiverId) {
        boolean theirs = visits.caregivers(providerId).stream().anyMatch(c -> c.id() == caregiverId);
        if (!theirs) {
            throw new ServiceRefusedException("eldercare.dispatch.refused.caregiver");
        }
    }
}
