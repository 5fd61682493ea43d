package org.minzheng.eldercare.assessment;

import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every change to an assessment agency and its assessors, audited in the same transaction. */
@Service
class AssessmentAgencyService {

    private static final String TARGET = "eldercare.agency";

    private final AssessmentAgencyRepository agencies;
    private final AuditLog audit;

    AssessmentAgencyService(AssessmentAgencyRepository agencies, AuditLog audit) {
        this.agencies = agencies;
        this.audit = audit;
    }

    /** @param phone the canonical phone number or null */
    @Transactional
    long register(AgencyForm form, String phone) {
        long id = agencies.insert(form, phone);
        audit.record(event("eldercare.agency.create", id, form.regionCode()).withDetail(form.name()));
        return id;
    }

    @Transactional
    void revise(AgencyDetails agency, AgencyForm form, String phone) {
        agencies.update(agency.id(), form, phone);
        String detail = form.name()
                + (agency.active() == form.active() ? "" : form.active() ? ", reactivated" : ", deactivated");
        audit.record(
                event("eldercare.agency.update", agency.id(), form.regionCode()).withDetail(detail));
    }

    @Transactional
    long appoint(AgencyDetails agency, AssessorForm form, String phone) {
        long id = agencies.insertAssessor(agency.id(), form, phone);
        audit.record(event("eldercare.agency.assessor-add", agency.id(), agency.regionCode())
                .withDetail("assessor " + id + " " + form.certificate()));
        return id;
    }

    /** @return false when there was no active assessor of that id at the agency */
    @Transactional
    boolean deactivate(AgencyDetails agency, long assessorId) {
        boolean done = agencies.deactivate(agency.id(), assessorId);
        if (done) {
            audit.record(event("eldercare.agency.assessor-deactivate", agency.id(), agency.regionCode())
                    .withDetail("assessor " + assessorId));
        }
        return done;
    }

    private static AuditEvent event(String action, long id, String regionCode) {
        return AuditEvent.operation(action, TARGET, Long.toString(id), RegionCode.of(regionCode));
    }
}
