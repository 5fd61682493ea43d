package org.minzheng.eldercare.bed;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** Why and since when an active bed's service ends (终止服务). */
record ClosingForm(
        @NotBlank @Size(max = 200) @PlainText String reason,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate closedOn) {

    static ClosingForm startingOn(LocalDate today) {
        return new ClosingForm("", today);
    }
}
