package org.minzheng.eldercare.provider;

import java.util.List;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every change to a provider, its contracts, caregivers and complaints, audited in the same transaction. */
@Service
class ProviderService {

    private static final String TARGET = "eldercare.provider";

    private final ProviderRepository providers;
    private final CaregiverRepository caregivers;
    private final CaregiverRecords records;
    private final AuditLog audit;

    ProviderService(
            ProviderRepository providers, CaregiverRepository caregivers, CaregiverRecords records, AuditLog audit) {
        this.records = records;
        this.providers = providers;
        this.caregivers = caregivers;
        this.audit = audit;
    }

    @Transactional
    long register(ProviderForm form) {
        long id = providers.insert(form, false);
        providers.replaceAreas(id, form.townships());
        audit.record(event("eldercare.provider.create", id, form.countyCode()).withDetail(form.name()));
        return id;
    }

    @Transactional
    void revise(long id, ProviderForm form) {
        providers.update(id, form);
        providers.replaceAreas(id, form.townships());
        audit.record(event("eldercare.provider.update", id, form.countyCode()).withDetail(form.name()));
    }

    @Transactional
    void sign(ProviderDetails provider, ContractForm form) {
        providers.insertContract(provider.id(), form);
        audit.record(event("eldercare.provider.contract", provider.id(), provider.countyCode())
                .withDetail(form.number() + " " + form.validFrom() + "/" + form.validTo()));
    }

    @Transactional
    long employ(ProviderDetails provider, CaregiverForm form) {
        long id = caregivers.insert(provider.id(), form, false);
        audit.record(event("eldercare.provider.caregiver", provider.id(), provider.countyCode())
                .withDetail("caregiver " + id));
        return id;
    }

    @Transactional
    void train(ProviderDetails provider, long caregiverId, TrainingForm form) {
        records.addTraining(caregiverId, form);
        audit.record(event("eldercare.provider.caregiver-training", provider.id(), provider.countyCode())
                .withDetail("caregiver " + caregiverId + ": " + form.hours() + " hours"));
    }

    /** @return false when the caregiver already holds a certificate of that number */
    @Transactional
    boolean certify(ProviderDetails provider, long caregiverId, CertificateForm form) {
        boolean added = records.addCertificate(caregiverId, form);
        if (added) {
            audit.record(event("eldercare.provider.caregiver-certificate", provider.id(), provider.countyCode())
                    .withDetail(
                            "caregiver " + caregiverId + ": grade " + form.grade() + " until " + form.validUntil()));
        }
        return added;
    }

    /** @return false when the caregiver is not an active one of the provider or the name is linked elsewhere */
    @Transactional
    boolean link(ProviderDetails provider, long caregiverId, String username) {
        boolean linked = caregivers.link(caregiverId, provider.id(), username);
        if (linked) {
            audit.record(event("eldercare.provider.caregiver-account", provider.id(), provider.countyCode())
                    .withDetail(
                            "caregiver " + caregiverId + (username == null ? " unlinked" : " linked to " + username)));
        }
        return linked;
    }

    @Transactional
    boolean release(ProviderDetails provider, long caregiverId) {
        boolean left = caregivers.markLeft(caregiverId, provider.id());
        if (left) {
            audit.record(event("eldercare.provider.caregiver-left", provider.id(), provider.countyCode())
                    .withDetail("caregiver " + caregiverId));
        }
        return left;
    }

    @Transactional
    void receive(ProviderDetails provider, ComplaintForm form) {
        long id = providers.insertComplaint(provider.id(), form);
        audit.record(event("eldercare.provider.complaint", provider.id(), provider.countyCode())
                .withDetail("complaint " + id));
    }

    @Transactional
    boolean close(ProviderDetails provider, long complaintId, ClosingForm form) {
        boolean closed = providers.close(provider.id(), complaintId, form.result());
        if (closed) {
            audit.record(event("eldercare.provider.complaint-closed", provider.id(), provider.countyCode())
                    .withDetail("complaint " + complaintId));
        }
        return closed;
    }

    List<String> areas(long id) {
        return providers.areas(id);
    }

    private static AuditEvent event(String action, long id, String countyCode) {
        return AuditEvent.operation(action, TARGET, Long.toString(id), RegionCode.of(countyCode));
    }
}
