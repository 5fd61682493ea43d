package org.minzheng.charity.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** A call for bids as staff type it; the ceiling against the project's budget is checked by the service. */
record TenderForm(
        @NotNull(message = "{charity.tender.validation.project}")
        Long projectId,

        @NotBlank(message = "{charity.tender.validation.title}")
        @Size(max = 100, message = "{charity.tender.validation.titleTooLong}")
        @PlainText
        String title,

        @NotBlank(message = "{charity.tender.validation.scope}")
        @Size(max = 2000, message = "{charity.tender.validation.scopeTooLong}")
        @PlainText
        String scope,

        @NotBlank(message = "{charity.tender.validation.ceiling}")
        String ceilingYuan,

        @NotNull(message = "{charity.tender.validation.opensOn}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate opensOn,

        @NotNull(message = "{charity.tender.validation.closesOn}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate closesOn) {

    static TenderForm forProject(Long projectId) {
        return new TenderForm(projectId, "", "", "", null, null);
    }
}
