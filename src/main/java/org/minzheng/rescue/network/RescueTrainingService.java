package org.minzheng.rescue.network;

import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Trainings and attendance, each change audited in the same transaction. */
@Service
class RescueTrainingService {

    static final String TARGET = "rescue-training";

    private final RescueTrainingRepository repository;
    private final AuditLog audit;

    RescueTrainingService(RescueTrainingRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    long create(TrainingForm form, Station station, String createdBy) {
        long id = repository.insert(form, createdBy);
        audit.record(AuditEvent.operation("rescue.training.create", TARGET, String.valueOf(id), station.region())
                .withDetail(form.title().strip() + " / " + form.heldOn() + " / " + form.hours()));
        return id;
    }

    @Transactional
    boolean attend(Training training, StaffMember member) {
        boolean added = repository.attend(training.id(), member.id(), null);
        if (added) {
            audit.record(event("rescue.training.attend", training).withDetail("staff " + member.id()));
        }
        return added;
    }

    @Transactional
    boolean attend(Training training, GridWorker worker) {
        boolean added = repository.attend(training.id(), null, worker.id());
        if (added) {
            audit.record(event("rescue.training.attend", training).withDetail("grid-worker " + worker.id()));
        }
        return added;
    }

    @Transactional
    void unattend(Training training, boolean gridWorker, long personId) {
        boolean removed = gridWorker
                ? repository.unattend(training.id(), null, personId)
                : repository.unattend(training.id(), personId, null);
        if (removed) {
            audit.record(event("rescue.training.unattend", training)
                    .withDetail((gridWorker ? "grid-worker " : "staff ") + personId));
        }
    }

    private static AuditEvent event(String action, Training training) {
        return AuditEvent.operation(action, TARGET, String.valueOf(training.id()), training.region());
    }
}
