package org.minzheng.eldercare.supply;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A device lent to an elder from one day until a due day; the service refuses a due day not after the start. */
record RentalForm(
        @NotNull(message = "{eldercare.supply.validation.choose}")
        Long elderId,

        @NotNull(message = "{eldercare.supply.validation.choose}")
        Long productId,

        @NotNull(message = "{eldercare.supply.validation.date}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate fromOn,

        @NotNull(message = "{eldercare.supply.validation.date}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate dueOn) {

    static RentalForm startingOn(LocalDate today) {
        return new RentalForm(null, null, today, today.plusMonths(1));
    }
}
