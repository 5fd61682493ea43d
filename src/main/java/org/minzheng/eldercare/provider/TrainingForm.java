package org.minzheng.eldercare.provider;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** A training course a caregiver finished, added after registration. */
record TrainingForm(
        @NotBlank(message = "{eldercare.provider.validation.required}")
        @Size(max = 100, message = "{eldercare.provider.validation.tooLong}")
        @PlainText(allowLineBreaks = false)
        String course,

        @NotNull(message = "{eldercare.provider.validation.required}")
        @Min(value = 1, message = "{eldercare.provider.validation.hours}")
        @Max(value = 1000, message = "{eldercare.provider.validation.hours}")
        Integer hours,

        @NotNull(message = "{eldercare.provider.validation.required}")
        @PastOrPresent(message = "{eldercare.provider.validation.notFuture}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate completedOn) {

    TrainingForm {
        course = ProviderForm.strip(course);
    }

    static TrainingForm empty() {
        return new TrainingForm("", null, null);
    }
}
