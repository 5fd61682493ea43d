package org.minzheng.childwelfare.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** A new assessment as the therapist types it. */
record AssessmentForm(
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate assessedOn,

        @NotNull
        @Min(value = 0, message = "{childwelfare.plan.error.score}")
        @Max(value = 100, message = "{childwelfare.plan.error.score}")
        Integer grossMotor,

        @NotNull
        @Min(value = 0, message = "{childwelfare.plan.error.score}")
        @Max(value = 100, message = "{childwelfare.plan.error.score}")
        Integer fineMotor,

        @NotNull
        @Min(value = 0, message = "{childwelfare.plan.error.score}")
        @Max(value = 100, message = "{childwelfare.plan.error.score}")
        Integer language,

        @NotNull
        @Min(value = 0, message = "{childwelfare.plan.error.score}")
        @Max(value = 100, message = "{childwelfare.plan.error.score}")
        Integer cognition,

        @NotNull
        @Min(value = 0, message = "{childwelfare.plan.error.score}")
        @Max(value = 100, message = "{childwelfare.plan.error.score}")
        Integer selfCare,

        @Size(max = 500, message = "{childwelfare.plan.error.noteLength}") @PlainText
        String note) {

    static AssessmentForm on(LocalDate today) {
        return new AssessmentForm(today, null, null, null, null, null, "");
    }
}
