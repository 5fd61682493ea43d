package org.minzheng.rescue.network;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A training as entered. A planned training may lie up to a year ahead (checked by the controller with the
 * station's scope).
 */
record TrainingForm(
        @NotBlank(message = "{rescue.training.validation.title}")
        @Size(max = 100, message = "{rescue.training.validation.titleTooLong}")
        @PlainText
        String title,

        @NotNull(message = "{rescue.training.validation.heldOn}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate heldOn,

        @NotNull(message = "{rescue.training.validation.hours}")
        @DecimalMin(value = "0.5", message = "{rescue.training.validation.hours}")
        @DecimalMax(value = "80", message = "{rescue.training.validation.hours}")
        @Digits(integer = 2, fraction = 1, message = "{rescue.training.validation.hours}")
        BigDecimal hours,

        @NotNull(message = "{rescue.training.validation.station}")
        Long stationId,

        @NotBlank(message = "{rescue.training.validation.location}")
        @Size(max = 100, message = "{rescue.training.validation.locationTooLong}")
        @PlainText
        String location,

        @NotBlank(message = "{rescue.training.validation.content}")
        @Size(max = 1000, message = "{rescue.training.validation.contentTooLong}")
        @PlainText
        String content) {

    static TrainingForm empty() {
        return new TrainingForm("", null, null, null, "", "");
    }
}
