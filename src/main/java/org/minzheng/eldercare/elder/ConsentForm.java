package org.minzheng.eldercare.elder;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A consent given after the profile was created; the service refuses a day in the future. */
record ConsentForm(
        @NotNull ConsentPurpose purpose,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate consentedOn) {

    static ConsentForm on(LocalDate today) {
        return new ConsentForm(null, today);
    }
}
