package org.minzheng.rescue.network;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.minzheng.shared.validation.ValidPhone;
import org.springframework.format.annotation.DateTimeFormat;

/** A station as staff enter it; the region's level, scope and uniqueness are checked by the controller. */
record StationForm(
        @NotBlank(message = "{rescue.station.validation.name}")
        @Size(max = 100, message = "{rescue.station.validation.nameTooLong}")
        @PlainText
        String name,

        @NotBlank(message = "{rescue.station.validation.region}")
        String regionCode,

        @NotBlank(message = "{rescue.station.validation.address}")
        @Size(max = 200, message = "{rescue.station.validation.addressTooLong}")
        @PlainText
        String address,

        @NotBlank(message = "{rescue.validation.phone}") @ValidPhone(message = "{rescue.validation.phone}")
        String phone,

        @NotNull(message = "{rescue.station.validation.beds}")
        @Min(value = 0, message = "{rescue.station.validation.beds}")
        @Max(value = 2000, message = "{rescue.station.validation.beds}")
        Integer beds,

        @NotBlank(message = "{rescue.station.validation.director}")
        @Size(max = 50, message = "{rescue.station.validation.directorTooLong}")
        @PlainText
        String director,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PastOrPresent(message = "{rescue.station.validation.openedOn}")
        LocalDate openedOn) {

    static StationForm empty() {
        return new StationForm("", "", "", "", null, "", null);
    }

    static StationForm of(Station s) {
        return new StationForm(s.name(), s.regionCode(), s.address(), s.phone(), s.beds(), s.director(), s.openedOn());
    }
}
