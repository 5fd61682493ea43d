package org.minzheng.attachment.storage;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.minzheng.attachment.AttachmentId;
import org.minzheng.attachment.Attachments;
import org.minzheng.attachment.StoredFile;
import org.minzheng.attachment.Upload;
import org.minzheng.attachment.spi.FileStore;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.crypto.Sm3;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps uploads: content first, row second, in the caller's transaction. A rollback therefore leaves
 * at worst a file without a row, which nobody can reach and {@link LeftoverCleanup} removes; the
 * opposite order could leave a row pointing at nothing.
 */
@Service
@Transactional
class AttachmentStore implements Attachments {

    private final FileStore store;
    private final FileRepository files;
    private final AuditLog audit;
    private final UploadCheck check;
    private final Clock clock;

    AttachmentStore(
            FileStore store, FileRepository files, AuditLog audit, AttachmentProperties properties, Clock clock) {
        this.store = store;
        this.files = files;
        this.audit = audit;
        this.check = new UploadCheck(properties.maxFileSize().toBytes(), properties.readableLimit());
        this.clock = clock;
    }

    @Override
    public StoredFile store(Upload upload) {
        UploadCheck.Accepted accepted = check.check(upload);
        var file = new FileRecord(
                AttachmentId.random(),
                UUID.randomUUID().toString(),
                accepted.name(),
                accepted.type().mediaType(),
                accepted.content().length,
                Sm3.hex(accepted.content()));
        store.put(file.key(), new ByteArrayInputStream(accepted.content()));
        String uploadedBy =
                CurrentStaff.principal().map(StaffPrincipal::username).orElse(null);
        files.insert(file, upload.owner(), upload.ownerId(), clock.instant(), uploadedBy);
        return file.toStoredFile();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredFile> find(AttachmentId id) {
        return files.find(id).map(FileRecord::toStoredFile);
    }

    @Override
    @Transactional(readOnly = true)
    public InputStream open(AttachmentId id) {
        FileRecord file = files.find(id).orElseThrow(() -> new NotFoundException("Attachment"));
        return store.get(file.key());
    }

    @Override
    public void attach(AttachmentId id, String owner, String ownerId) {
        Objects.requireNonNull(ownerId, "ownerId");
        if (owner == null || !owner.matches(Upload.OWNER_PATTERN) || ownerId.isBlank() || ownerId.length() > 80) {
            throw new IllegalArgumentException("Owner must be a kebab-case name and the owner id 1 to 80 characters");
        }
        if (!files.attach(id, owner, ownerId)) {
            throw new NotFoundException("Attachment");
        }
    }

    @Override
    public void delete(AttachmentId id) {
        files.delete(id).ifPresent(key -> {
            audit.record(AuditEvent.operation("attachment.file.delete", "attachment.file", id.toString(), null));
            afterCommit(() -> store.delete(key));
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<StoredFile> of(String owner, String ownerId) {
        return files.ofOwner(owner, ownerId).stream()
                .map(FileRecord::toStoredFile)
                .toList();
    }

    /** Content goes only once its row is gone for good; a rolled-back delete keeps a working file. */
    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
