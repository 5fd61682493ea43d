package org.minzheng.rescue.cases;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** 延期报备 to the higher civil-affairs department. */
record ExtensionForm(
        @NotNull
        @Min(value = 1, message = "{rescue.case.extension.days.range}")
        @Max(value = 365, message = "{rescue.case.extension.days.range}")
        Integer extraDays,

        @NotBlank @Size(max = 500, message = "{rescue.case.tooLong}") @PlainText
        String reason,

        @NotBlank @Size(max = 100, message = "{rescue.case.tooLong}") @PlainText
        String reportedTo,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate reportedOn) {

    static ExtensionForm reportedOn(LocalDate today) {
        return new ExtensionForm(null, "", "", today);
    }
}
