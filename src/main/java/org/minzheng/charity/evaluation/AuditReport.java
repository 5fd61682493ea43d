package org.minzheng.charity.evaluation;

import java.time.Instant;

/** A third-party audit report as the list shows it; the document itself is an attachment. */
record AuditReport(
        long id,
        long organisationId,
        String organisation,
        Long projectId,
        String projectName,
        int year,
        String auditFirm,
        AuditOpinion opinion,
        String summary,
        String attachmentId,
        String regionCode,
        String uploadedBy,
        Instant uploadedAt) {}
