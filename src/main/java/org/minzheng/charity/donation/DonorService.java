package org.minzheng.charity.donation;

import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers and corrects donors, each change audited in the same transaction; phones stay out of the log. */
@Service
class DonorService {

    static final String TARGET = "charity-donor";

    private final DonorRepository repository;
    private final AuditLog audit;

    DonorService(DonorRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    long create(DonorForm form, RegionCode region, String username) {
        long id = repository.insert(form, region, false, username);
        audit.record(AuditEvent.operation("charity.donor.create", TARGET, String.valueOf(id), region)
                .withDetail(detail(form)));
        return id;
    }

    @Transactional
    void update(Donor donor, DonorForm form) {
        repository.update(donor.id(), form);
        audit.record(AuditEvent.operation(
                        "charity.donor.update", TARGET, String.valueOf(donor.id()), RegionCode.of(donor.regionCode()))
                .withDetail(detail(form) + (form.phoneOrNull() == null ? "" : " / phone changed")));
    }

    private static String detail(DonorForm form) {
        return form.kind() + " / " + form.name().strip()
                + (form.kind().needsCreditCode() ? " / " + form.creditCodeOrNull() : "")
                + " / consent " + form.consents();
    }
}
