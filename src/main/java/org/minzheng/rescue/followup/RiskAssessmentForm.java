package org.minzheng.rescue.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** 风险评估 by the city station: the checklist, who assessed and when. */
record RiskAssessmentForm(
        List<RiskFactor> factors,

        @NotNull(message = "{rescue.followup.validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate assessedOn,

        @NotBlank(message = "{rescue.followup.validation.required}")
        @Size(max = 50, message = "{rescue.followup.validation.tooLong}")
        @PlainText
        String assessor,

        @NotBlank(message = "{rescue.followup.validation.required}")
        @Size(max = 100, message = "{rescue.followup.validation.tooLong}")
        @PlainText
        String assessorOrg,

        @Size(max = 1000, message = "{rescue.followup.validation.tooLong}") @PlainText
        String note) {

    static RiskAssessmentForm blank(LocalDate today, String assessor) {
        return new RiskAssessmentForm(List.of(), today, assessor, "", "");
    }

    public List<RiskFactor> chosen() {
        return factors == null ? List.of() : factors;
    }
}
