package org.minzheng.registry.importing;

import java.time.LocalDate;
import java.time.ZoneId;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.registry.importing.ImportRepository.Applied;
import org.minzheng.shared.web.Messages;
import org.minzheng.workbench.JobOutcome;
import org.minzheng.workbench.JobProgress;
import org.minzheng.workbench.JobRefusedException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second job of an import (确认导入): applies a previewed batch to the register in one transaction,
 * with one audit entry for the batch. Refused when the register has moved on since the preview (a clerk
 * registered one of the persons meanwhile), so that nothing is applied that the preview did not show.
 */
@Component
class ImportCommit {

    static final String TARGET = "registry.import";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ImportRepository repository;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final Messages messages;

    ImportCommit(ImportRepository repository, TransactionTemplate transaction, AuditLog audit, Messages messages) {
        this.repository = repository;
        this.transaction = transaction;
        this.audit = audit;
        this.messages = messages;
    }

    JobOutcome run(ImportBatch batch, JobProgress progress) {
        progress.stage(messages.get("registry.import.stage.applying"));
        Applied applied;
        try {
            applied = transaction.execute(status -> {
                if (repository.stale(batch.id()) > 0) {
                    throw new JobRefusedException(messages.get("registry.import.refused.stale"));
                }
                Applied done;
                try {
                    done = repository.apply(batch.id(), LocalDate.now(CHINA));
                } catch (DuplicateKeyException registeredMeanwhile) {
                    throw new JobRefusedException(messages.get("registry.import.refused.stale"));
                }
                audit.record(AuditEvent.operation(
                                "registry.import.commit", TARGET, Long.toString(batch.id()), batch.region())
                        .withDetail("households +" + done.householdsAdded() + " ~" + done.householdsChanged()
                                + ", persons +" + done.personsAdded() + " ~" + done.personsChanged()));
                return done;
            });
        } catch (RuntimeException e) {
            repository.releaseClaim(batch.id());
            throw e;
        }
        return new JobOutcome(
                messages.get(
                        "registry.import.committed",
                        applied.householdsAdded(),
                        applied.householdsChanged(),
                        applied.personsAdded(),
                        applied.personsChanged()),
                "/console/registry/import/" + batch.id());
    }
}
