package org.minzheng.registry.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.shared.spreadsheet.Spreadsheet.Format;
import org.minzheng.shared.spreadsheet.SpreadsheetStream;
import org.minzheng.shared.web.Messages;
import org.minzheng.workbench.BackgroundJobs;
import org.minzheng.workbench.JobWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Takes an uploaded collection file in and runs the two jobs of an import: checking it (校验) and, once a
 * staff member has looked at the preview, applying it (确认导入). Each runs as a background job of the
 * staff member, with their data scope.
 */
@Service
class RegistryImports {

    static final String KIND = "registry.import";

    private final ImportRepository repository;
    private final ImportValidation validation;
    private final ImportCommit commit;
    private final BackgroundJobs jobs;
    private final AuditLog audit;
    private final Messages messages;
    private final long maxBytes;

    RegistryImports(
            ImportRepository repository,
            ImportValidation validation,
            ImportCommit commit,
            BackgroundJobs jobs,
            AuditLog audit,
            Messages messages,
            @Value("${minzheng.registry.import.max-bytes:20971520}") long maxBytes) {
        this.repository = repository;
        this.validation = validation;
        this.commit = commit;
        this.jobs = jobs;
        this.audit = audit;
        this.messages = messages;
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** A batch started by an upload and the job that checks it. */
    record Started(long batchId, long jobId) {}

    /**
     * Keeps the file aside and starts checking it.
     *
     * @param fileName as the browser sent it
     * @throws UploadRefusedException when the file is empty, too large, or not a .csv/.xlsx by name and content
     */
    Started upload(String fileName, long size, InputStream content) throws IOException {
        String name = fileName == null
                ? ""
                : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        Format declared = lower.endsWith(".csv") ? Format.CSV : lower.endsWith(".xlsx") ? Format.XLSX : null;
        if (size <= 0) {
            throw new UploadRefusedException("registry.import.error.noFile");
        }
        if (declared == null) {
            throw new UploadRefusedException("registry.import.error.type");
        }
        if (size > maxBytes) {
            throw new UploadRefusedException("registry.import.error.size");
        }
        Path file = Files.createTempFile("registry-import-", declared == Format.CSV ? ".csv" : ".xlsx");
        try {
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            Optional<Format> sniffed = SpreadsheetStream.sniff(file);
            if (sniffed.isEmpty() || sniffed.get() != declared) {
                throw new UploadRefusedException("registry.import.error.content");
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        StaffPrincipal owner = CurrentStaff.require();
        DataScope scope = CurrentStaff.scope();
        String shownName = name.length() > 255 ? name.substring(name.length() - 255) : name;
        long batchId = repository.insertBatch(shownName, scope.root(), owner.accountId(), owner.displayName());
        audit.record(AuditEvent.operation(
                        "registry.import.upload", ImportCommit.TARGET, Long.toString(batchId), scope.root())
                .withDetail(shownName));
        Locale locale = LocaleContextHolder.getLocale();
        long jobId = jobs.start(
                KIND,
                messages.get("registry.import.job.validate", shownName),
                inLocale(locale, progress -> validation.run(batchId, file, declared, scope, progress)));
        repository.validationJob(batchId, jobId);
        return new Started(batchId, jobId);
    }

    /**
     * Starts applying a checked batch.
     *
     * @return the job's id, or empty when the batch is not (or no longer) waiting for confirmation
     */
    Optional<Long> confirm(long batchId) {
        DataScope scope = CurrentStaff.scope();
        Optional<ImportBatch> batch = repository.find(batchId, scope);
        if (batch.isEmpty() || !batch.get().committable() || !repository.claimForCommit(batchId, scope)) {
            return Optional.empty();
        }
        Locale locale = LocaleContextHolder.getLocale();
        long jobId = jobs.start(
                KIND,
                messages.get("registry.import.job.commit", batch.get().fileName()),
                inLocale(locale, progress -> commit.run(batch.get(), progress)));
        repository.commitJob(batchId, jobId);
        return Optional.of(jobId);
    }

    /** Jobs run on threads of their own: the messages they write are in the language of whoever started them. */
    private static JobWork inLocale(Locale locale, JobWork work) {
        return progress -> {
            Locale before = LocaleContextHolder.getLocale();
            LocaleContextHolder.setLocale(locale);
            try {
                return work.run(progress);
            } finally {
                LocaleContextHolder.setLocale(before);
            }
        };
    }
}
