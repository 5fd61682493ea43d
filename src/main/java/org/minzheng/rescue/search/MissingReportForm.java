package org.minzheng.rescue.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.MobilePhone;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** 走失人员登记: who is missing, since when and where last seen, and who reported it. */
record MissingReportForm(
        @NotNull(message = "{rescue.search.validation.required}")
        ReportSource source,

        @Size(max = 50, message = "{rescue.search.validation.tooLong}") @PlainText
        String missingName,

        @NotBlank(message = "{rescue.search.validation.required}")
        @Pattern(regexp = "[MFU]", message = "{rescue.search.validation.required}")
        String sex,

        @Min(value = 1900, message = "{rescue.search.validation.birthYear}")
        @Max(value = 2100, message = "{rescue.search.validation.birthYear}")
        Integer birthYear,

        @Min(value = 0, message = "{rescue.search.validation.uncertainty}")
        @Max(value = 20, message = "{rescue.search.validation.uncertainty}")
        Integer birthYearUncertainty,

        @Min(value = 40, message = "{rescue.search.validation.height}")
        @Max(value = 250, message = "{rescue.search.validation.height}")
        Integer heightCm,

        @Size(max = 500, message = "{rescue.search.validation.tooLong}") @PlainText
        String features,

        @Size(max = 50, message = "{rescue.search.validation.tooLong}") @PlainText
        String dialect,

        @Size(max = 200, message = "{rescue.search.validation.tooLong}") @PlainText
        String homePlace,

        @NotBlank(message = "{rescue.search.validation.required}")
        @Size(max = 200, message = "{rescue.search.validation.tooLong}")
        @PlainText
        String lastSeenPlace,

        @Pattern(regexp = "([0-9]{6}([0-9]{6})?)?", message = "{rescue.search.validation.regionCode}")
        String lastSeenRegionCode,

        @NotNull(message = "{rescue.search.validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate missingSince,

        @NotBlank(message = "{rescue.search.validation.required}")
        @Size(max = 50, message = "{rescue.search.validation.tooLong}")
        @PlainText
        String reporterName,

        @NotBlank(message = "{rescue.search.validation.required}")
        @Size(max = 20, message = "{rescue.search.validation.tooLong}")
        @PlainText
        String reporterRelation,

        @NotBlank(message = "{rescue.search.validation.phone}")
        @MobilePhone(message = "{rescue.search.validation.phone}")
        String reporterPhone) {

    static MissingReportForm empty() {
        return new MissingReportForm(ReportSource.FAMILY, "", "U", null, 0, null, "", "", "", "", "", null, "", "", "");
    }
}
