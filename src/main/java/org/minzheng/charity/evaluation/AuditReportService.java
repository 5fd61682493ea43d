package org.minzheng.charity.evaluation;

import java.io.InputStream;
import org.minzheng.attachment.AttachmentId;
import org.minzheng.attachment.Attachments;
import org.minzheng.attachment.StoredFile;
import org.minzheng.attachment.Upload;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps an audit report's file and its facts together: both are stored, or neither. */
@Service
class AuditReportService {

    static final String OWNER = "charity-audit-report";

    private final AuditReportRepository repository;
    private final Attachments attachments;
    private final AuditLog audit;

    AuditReportService(AuditReportRepository repository, Attachments attachments, AuditLog audit) {
        this.repository = repository;
        this.attachments = attachments;
        this.audit = audit;
    }

    /**
     * Stores the file, then the report naming it, then binds the file to the report.
     *
     * @throws org.minzheng.attachment.UploadRefused when the file is empty, too large or not a PDF or picture;
     *     nothing is kept then
     */
    @Transactional
    long upload(
            AuditReportForm form,
            String fileName,
            InputStream content,
            long size,
            RegionCode keeping,
            String username) {
        StoredFile file = attachments.store(new Upload(fileName, content, size, OWNER, null));
        long id = repository.insert(form, file.id().toString(), keeping, username);
        attachments.attach(file.id(), OWNER, String.valueOf(id));
        audit.record(AuditEvent.operation("charity.audit-report.upload", OWNER, String.valueOf(id), keeping)
                .withDetail("organisation " + form.organisationId() + " " + form.year() + " " + form.opinion() + " / "
                        + form.auditFirm().strip() + " / " + file.sm3()));
        return id;
    }

    AttachmentId fileOf(AuditReport report) {
        return AttachmentId.of(report.attachmentId());
    }
}
