package org.minzheng.charity.evaluation;

/**
 * A third-party audit report as the public may read it.
 *
 * @param attachmentId the report's file, for a public download served by the disclosure page
 */
public record PublicAuditReport(
        String organisation,
        String projectName,
        int year,
        String auditFirm,
        AuditOpinion opinion,
        String attachmentId) {}
