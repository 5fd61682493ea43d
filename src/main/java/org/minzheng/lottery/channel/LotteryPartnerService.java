package org.minzheng.lottery.channel;

import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to partners and agreements, each audited in the same transaction; the audit never carries the phone. */
@Service
class LotteryPartnerService {

    private final LotteryPartnerRepository repository;
    private final AuditLog audit;

    LotteryPartnerService(LotteryPartnerRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    long create(LotteryPartnerForm form, String creditCode, String createdBy) {
        long id = repository.insert(
                form, creditCode, PhoneNumber.parse(form.phone()).value(), createdBy);
        audit.record(AuditEvent.operation(
                        "lottery.partner.create",
                        "lottery-partner",
                        String.valueOf(id),
                        RegionCode.of(form.regionCode()))
                .withDetail(form.name().strip() + " / " + creditCode));
        return id;
    }

    @Transactional
    void update(Partner partner, LotteryPartnerForm form, String creditCode) {
        String mobile = form.phoneGiven() ? PhoneNumber.parse(form.phone()).value() : null;
        repository.update(partner.id(), form, creditCode, mobile);
        audit.record(AuditEvent.operation(
                        "lottery.partner.update",
                        "lottery-partner",
                        String.valueOf(partner.id()),
                        RegionCode.of(form.regionCode()))
                .withDetail(form.name().strip() + " / " + creditCode + (mobile == null ? "" : " / phone")));
    }

    @Transactional
    long addAgreement(Partner partner, LotteryAgreementForm form, String createdBy) {
        long id = repository.insertAgreement(partner.id(), form, createdBy);
        audit.record(AuditEvent.operation(
                        "lottery.agreement.create",
                        "lottery-agreement",
                        String.valueOf(id),
                        RegionCode.of(partner.regionCode()))
                .withDetail(partner.name() + " / " + form.number().strip() + " / " + form.validFrom() + "~"
                        + form.validTo()));
        return id;
    }

    /** @param reasonOrNull the reason of an early termination; null when the agreement simply ends */
    @Transactional
    void close(Partner partner, Agreement agreement, boolean terminate, String reasonOrNull) {
        String status = terminate ? "TERMINATED" : "ENDED";
        repository.close(agreement.id(), status, reasonOrNull);
        audit.record(AuditEvent.operation(
                        terminate ? "lottery.agreement.terminate" : "lottery.agreement.end",
                        "lottery-agreement",
                        String.valueOf(agreement.id()),
                        RegionCode.of(partner.regionCode()))
                .withDetail(agreement.number() + (reasonOrNull == null ? "" : " / " + reasonOrNull)));
    }
}
