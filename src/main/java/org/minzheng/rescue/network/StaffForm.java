package org.minzheng.rescue.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.minzheng.shared.validation.ValidPhone;
import org.springframework.format.annotation.DateTimeFormat;

/** A station's staff member as entered; the phone may be a mobile or a landline with area code. */
record StaffForm(
        @NotBlank(message = "{rescue.staff.validation.name}")
        @Size(max = 50, message = "{rescue.staff.validation.nameTooLong}")
        @PlainText
        String name,

        @NotBlank(message = "{rescue.staff.validation.post}")
        String post,

        @ValidPhone(message = "{rescue.validation.phone}") String phone,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PastOrPresent(message = "{rescue.staff.validation.joinedOn}")
        LocalDate joinedOn) {

    static StaffForm empty() {
        return new StaffForm("", "", "", null);
    }

    static StaffForm of(StaffMember m) {
        return new StaffForm(m.name(), m.post().name(), m.phone() == null ? "" : m.phone(), m.joinedOn());
    }
}
