package org.minzheng.rescue.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** 记录寻亲步骤: what was done, when, by which agency, and its result if already known. */
record SearchStepForm(
        @NotNull(message = "{rescue.search.validation.required}")
        StepKind kind,

        @NotNull(message = "{rescue.search.validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        LocalDateTime takenAt,

        @NotBlank(message = "{rescue.search.validation.required}")
        @Size(max = 100, message = "{rescue.search.validation.tooLong}")
        @PlainText
        String agency,

        @Size(max = 100, message = "{rescue.search.validation.tooLong}") @PlainText
        String reference,

        @Min(value = 0, message = "{rescue.search.validation.audience}")
        @Max(value = 100_000_000, message = "{rescue.search.validation.audience}")
        Integer audience,

        @NotNull(message = "{rescue.search.validation.required}")
        StepResult result,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime resultAt,

        @Size(max = 500, message = "{rescue.search.validation.tooLong}") @PlainText
        String resultNote) {

    static SearchStepForm at(LocalDateTime now) {
        return new SearchStepForm(null, now, "", "", null, StepResult.PENDING, null, "");
    }
}
