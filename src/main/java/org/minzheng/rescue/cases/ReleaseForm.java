package org.minzheng.rescue.cases;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** 离站 and how. */
record ReleaseForm(
        @NotNull ReleaseKind kind,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        LocalDateTime releasedAt,

        @Size(max = 500, message = "{rescue.case.tooLong}") @PlainText
        String note) {

    static ReleaseForm at(LocalDateTime now) {
        return new ReleaseForm(null, now, "");
    }
}
