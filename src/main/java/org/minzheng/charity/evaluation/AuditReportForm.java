package org.minzheng.charity.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/** An audit report's facts as staff enter them beside the file; the year's place in time is checked by the controller. */
record AuditReportForm(
        @NotNull(message = "{charity.auditReport.validation.organisation}")
        Long organisationId,

        Long projectId,

        @NotNull(message = "{charity.auditReport.validation.year}")
        @Min(value = 2000, message = "{charity.auditReport.validation.year}")
        @Max(value = 2100, message = "{charity.auditReport.validation.year}")
        Integer year,

        @NotBlank(message = "{charity.auditReport.validation.firm}")
        @Size(max = 100, message = "{charity.auditReport.validation.firmTooLong}")
        @PlainText(allowLineBreaks = false)
        String auditFirm,

        @NotBlank(message = "{charity.auditReport.validation.opinion}")
        String opinion,

        @Size(max = 1000, message = "{charity.auditReport.validation.summaryTooLong}") @PlainText
        String summary) {

    static AuditReportForm empty(Long projectId, int lastYear) {
        return new AuditReportForm(null, projectId, lastYear, "", "", "");
    }

    String summaryOrNull() {
        return summary == null || summary.isBlank() ? null : summary.strip();
    }
}
