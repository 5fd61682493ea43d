package org.minzheng.rescue.search;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.MobilePhone;
import org.minzheng.shared.validation.PlainText;
import org.minzheng.shared.validation.ValidIdNumber;
import org.springframework.format.annotation.DateTimeFormat;

/** 认亲: the family found, how, who confirmed the identity, and who the person turned out to be. */
record ReunificationForm(
        Long reportId,

        @NotNull(message = "{rescue.search.validation.required}")
        FoundThrough foundThrough,

        @NotBlank(message = "{rescue.search.validation.required}")
        @Size(max = 50, message = "{rescue.search.validation.tooLong}")
        @PlainText
        String familyName,

        @NotBlank(message = "{rescue.search.validation.required}")
        @Size(max = 20, message = "{rescue.search.validation.tooLong}")
        @PlainText
        String relation,

        @NotBlank(message = "{rescue.search.validation.phone}")
        @MobilePhone(message = "{rescue.search.validation.phone}")
        String familyPhone,

        @NotBlank(message = "{rescue.search.validation.required}")
        @Size(max = 100, message = "{rescue.search.validation.tooLong}")
        @PlainText
        String identityConfirmedBy,

        @NotNull(message = "{rescue.search.validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate reunitedOn,

        @NotBlank(message = "{rescue.search.validation.required}")
        @Size(max = 50, message = "{rescue.search.validation.tooLong}")
        @PlainText
        String confirmedName,

        @NotBlank(message = "{rescue.search.validation.required}")
        @Pattern(regexp = "[MF]", message = "{rescue.search.validation.sex}")
        String sex,

        @Size(max = 20, message = "{rescue.search.validation.idNumber}")
        @ValidIdNumber(message = "{rescue.search.validation.idNumber}")
        String idNumber,

        @Size(max = 200, message = "{rescue.search.validation.tooLong}") @PlainText
        String hukouPlace,

        @Size(max = 500, message = "{rescue.search.validation.tooLong}") @PlainText
        String note) {

    static ReunificationForm blank(LocalDate today) {
        return new ReunificationForm(null, null, "", "", "", "", today, "", "", "", "", "");
    }

    /** Prefilled from a confirmed candidate: the report's name, sex, reporter and home place. */
    static ReunificationForm from(MissingReport r, LocalDate today) {
        return new ReunificationForm(
                r.id(),
                FoundThrough.MATCH,
                r.reporterName(),
                r.reporterRelation(),
                "",
                "",
                today,
                r.missingName() == null ? "" : r.missingName(),
                "U".equals(r.sex()) ? "" : r.sex(),
                "",
                r.homePlace() == null ? "" : r.homePlace(),
                "");
    }
}
