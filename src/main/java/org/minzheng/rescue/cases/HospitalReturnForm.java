package org.minzheng.rescue.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** 出院返站 with what the hospital did. */
record HospitalReturnForm(
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        LocalDateTime returnedAt,

        @NotBlank @Size(max = 500, message = "{rescue.case.tooLong}") @PlainText
        String outcome) {

    static HospitalReturnForm at(LocalDateTime now) {
        return new HospitalReturnForm(now, "");
    }
}
