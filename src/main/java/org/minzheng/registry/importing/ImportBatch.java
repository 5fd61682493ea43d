package org.minzheng.registry.importing;

import java.time.Instant;
import org.minzheng.shared.RegionCode;

/** One uploaded collection file and where it stands: checked, previewed, applied. */
public record ImportBatch(
        long id,
        String fileName,
        RegionCode region,
        long ownerAccountId,
        String ownerName,
        Status status,
        String refusal,
        Long validationJobId,
        Long commitJobId,
        int rowsTotal,
        int rowsRejected,
        int rowsAdded,
        int rowsChanged,
        int rowsUnchanged,
        int householdsAdded,
        int householdsChanged,
        Instant createdAt,
        Instant committedAt) {

    public enum Status {
        VALIDATING,
        READY,
        REFUSED,
        FAILED,
        COMMITTING,
        COMMITTED;

        public String messageKey() {
            return "registry.import.status." + name();
        }
    }

    public boolean committable() {
        return status == Status.READY && rowsAdded + rowsChanged + rowsUnchanged > 0;
    }

    public boolean running() {
        return status == Status.VALIDATING || status == Status.COMMITTING;
    }
}
