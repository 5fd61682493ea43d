package org.minzheng.rescue.escort;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** 安排护送: where to, how, when and with whom (staff only when the asking station does the escort itself). */
record EscortForm(
        @NotNull Long caseId,

        @NotBlank(message = "{rescue.escort.validation.province}")
        @Pattern(regexp = "[0-9]{2}", message = "{rescue.escort.validation.province}")
        String province,

        @NotBlank(message = "{rescue.escort.validation.required}")
        @Size(max = 100, message = "{rescue.escort.validation.tooLong}")
        @PlainText
        String place,

        @NotBlank(message = "{rescue.escort.validation.required}")
        @Size(max = 200, message = "{rescue.escort.validation.tooLong}")
        @PlainText
        String address,

        @NotNull(message = "{rescue.escort.validation.required}")
        Transport transport,

        @NotBlank(message = "{rescue.escort.validation.required}")
        @Size(max = 200, message = "{rescue.escort.validation.tooLong}")
        @PlainText
        String route,

        @Size(max = 50, message = "{rescue.escort.validation.tooLong}") @PlainText
        String vehicle,

        @NotNull(message = "{rescue.escort.validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate plannedOn,

        @Size(max = 20, message = "{rescue.escort.validation.cost}")
        String cost,

        List<Long> staffIds) {

    static EscortForm forCase(long caseId, LocalDate plannedOn) {
        return new EscortForm(caseId, "", "", "", null, "", "", plannedOn, "", List.of());
    }

    public List<Long> staff() {
        return staffIds == null ? List.of() : staffIds;
    }
}
