package org.minzheng.rescue.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.MobilePhone;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A grid worker as entered. The mobile is required for a new grid worker; on an edit a blank mobile keeps the
 * stored one, since the full number is never shown again. Region level and scope are checked by the controller.
 */
record GridWorkerForm(
        @NotBlank(message = "{rescue.grid.validation.name}")
        @Size(max = 50, message = "{rescue.grid.validation.nameTooLong}")
        @PlainText
        String name,

        @NotBlank(message = "{rescue.grid.validation.duty}") String duty,

        @NotBlank(message = "{rescue.grid.validation.region}")
        String regionCode,

        @MobilePhone(message = "{rescue.grid.validation.phone}")
        String phone,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PastOrPresent(message = "{rescue.grid.validation.since}")
        LocalDate since) {

    static GridWorkerForm empty() {
        return new GridWorkerForm("", "", "", "", null);
    }

    static GridWorkerForm of(GridWorker w) {
        return new GridWorkerForm(w.name(), w.duty().name(), w.regionCode(), "", w.since());
    }

    boolean phoneGiven() {
        return phone != null && !phone.isBlank();
    }
}
