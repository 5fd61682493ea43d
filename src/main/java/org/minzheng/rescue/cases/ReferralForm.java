package org.minzheng.rescue.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** 送医: to a designated hospital. */
record ReferralForm(
        @NotBlank @Size(max = 100, message = "{rescue.case.tooLong}") @PlainText
        String hospital,

        @NotBlank @Size(max = 500, message = "{rescue.case.tooLong}") @PlainText
        String reason,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        LocalDateTime referredAt) {

    static ReferralForm at(LocalDateTime now) {
        return new ReferralForm("", "", now);
    }
}
