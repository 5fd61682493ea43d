package org.minzheng.eldercare.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/** The elder's or the family's word on a visit: who confirms, one to five stars, and a remark. */
record ConfirmationForm(
        @NotNull @Pattern(regexp = "ELDER|FAMILY") String by,
        @NotNull @Min(1) @Max(5) Integer rating,
        @Size(max = 200) @PlainText String feedback) {

    static ConfirmationForm empty() {
        return new ConfirmationForm("ELDER", null, "");
    }

    String feedbackOrNull() {
        return feedback == null || feedback.isBlank() ? null : feedback.strip();
    }
}
