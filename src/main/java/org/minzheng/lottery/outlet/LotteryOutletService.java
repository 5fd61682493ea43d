package org.minzheng.lottery.outlet;

import java.time.LocalDate;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening, changing and closing outlets, each audited in the same transaction. */
@Service
class LotteryOutletService {

    private static final String TARGET = "lottery-outlet";

    private final LotteryOutletRepository repository;
    private final AuditLog audit;

    LotteryOutletService(LotteryOutletRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    long open(LotteryOutletForm form, String createdBy) {
        long id = repository.insert(form, createdBy);
        audit.record(AuditEvent.operation(
                        "lottery.outlet.create", TARGET, String.valueOf(id), RegionCode.of(form.regionCode()))
                .withDetail(form.code().strip() + " / " + form.name().strip() + " / " + form.kind() + " / "
                        + form.openedOn()));
        return id;
    }

    @Transactional
    void update(Outlet outlet, LotteryOutletForm form) {
        repository.update(outlet.id(), form);
        audit.record(AuditEvent.operation(
                        "lottery.outlet.update", TARGET, String.valueOf(outlet.id()), RegionCode.of(form.regionCode()))
                .withDetail(outlet.code() + " -> " + form.code().strip() + " / "
                        + form.name().strip() + " / " + form.kind()));
    }

    @Transactional
    void close(Outlet outlet, LocalDate closedOn, String reason) {
        repository.close(outlet.id(), closedOn, reason);
        audit.record(AuditEvent.operation(
                        "lottery.outlet.close", TARGET, String.valueOf(outlet.id()), RegionCode.of(outlet.regionCode()))
                .withDetail(outlet.code() + " / " + closedOn + " / " + reason));
    }
}
