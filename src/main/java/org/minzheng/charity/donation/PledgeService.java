package org.minzheng.charity.donation;

import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.web.YuanFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records pledges (认捐) and cancels them, audited in the same transaction. */
@Service
class PledgeService {

    static final String TARGET = "charity-pledge";

    private final PledgeRepository repository;
    private final AuditLog audit;

    PledgeService(PledgeRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    long create(PledgeForm form, long amountFen, RegionCode region, String username) {
        long id = repository.insert(form, amountFen, region, username);
        audit.record(AuditEvent.operation("charity.pledge.create", TARGET, String.valueOf(id), region)
                .withDetail("donor " + form.donorId() + " / " + YuanFormat.INSTANCE.of(amountFen) + " / due "
                        + form.dueOn() + (form.projectId() == null ? "" : " / project " + form.projectId())));
        return id;
    }

    /** Cancels a pledge not yet fulfilled; gifts already naming it stay as they are. */
    @Transactional
    void cancel(Pledge pledge) {
        if (!pledge.open()) {
            throw new DonationRefusedException("charity.pledge.refused.notOpen");
        }
        repository.cancel(pledge.id());
        audit.record(AuditEvent.operation(
                        "charity.pledge.cancel",
                        TARGET,
                        String.valueOf(pledge.id()),
                        RegionCode.of(pledge.regionCode()))
                .withDetail("donor " + pledge.donorId() + " / " + YuanFormat.INSTANCE.of(pledge.amountFen())));
    }
}
