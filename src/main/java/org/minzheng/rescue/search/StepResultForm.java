package org.minzheng.rescue.search;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** The answer to a pending step, e.g. the DNA comparison came back without a match. */
record StepResultForm(
        @NotNull(message = "{rescue.search.validation.required}")
        StepResult result,

        @NotNull(message = "{rescue.search.validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        LocalDateTime resultAt,

        @Size(max = 500, message = "{rescue.search.validation.tooLong}") @PlainText
        String resultNote) {}
