package org.minzheng.rescue.network;

import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to grid workers, each audited in the same transaction; the audit never carries the phone. */
@Service
class GridWorkerService {

    static final String TARGET = "rescue-grid-worker";

    private final GridWorkerRepository repository;
    private final AuditLog audit;

    GridWorkerService(GridWorkerRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    long create(GridWorkerForm form, RegionCode region, String createdBy) {
        long id =
                repository.insert(form, region, PhoneNumber.parse(form.phone()).value(), createdBy);
        audit.record(AuditEvent.operation("rescue.grid-worker.create", TARGET, String.valueOf(id), region)
                .withDetail(form.name().strip() + " / " + form.duty()));
        return id;
    }

    @Transactional
    void update(GridWorker worker, GridWorkerForm form, RegionCode region) {
        String mobile = form.phoneGiven() ? PhoneNumber.parse(form.phone()).value() : null;
        repository.update(worker.id(), form, region, mobile);
        audit.record(AuditEvent.operation("rescue.grid-worker.update", TARGET, String.valueOf(worker.id()), region)
                .withDetail(form.name().strip() + " / " + form.duty() + (mobile == null ? "" : " / phone")));
    }

    @Transactional
    void deactivate(GridWorker worker) {
        repository.deactivate(worker.id());
        audit.record(AuditEvent.operation(
                        "rescue.grid-worker.deactivate", TARGET, String.valueOf(worker.id()), worker.region())
                .withDetail(worker.name()));
    }

    /** A worker back on duty (after leave, or stopped by mistake) keeps the same record and training history. */
    @Transactional
    void reactivate(GridWorker worker) {
        repository.reactivate(worker.id());
        audit.record(AuditEvent.operation(
                        "rescue.grid-worker.reactivate", TARGET, String.valueOf(worker.id()), worker.region())
                .withDetail(worker.name()));
    }
}
