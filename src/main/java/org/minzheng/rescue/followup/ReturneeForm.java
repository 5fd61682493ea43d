package org.minzheng.rescue.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.MobilePhone;
import org.minzheng.shared.validation.PlainText;
import org.minzheng.shared.validation.ValidIdNumber;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * 返乡登记: a person of this city back home, from one of our cases ({@code caseId}) or sent back by another city's
 * station. With a case the ID number comes from the case and the field is ignored.
 */
record ReturneeForm(
        Long caseId,

        @NotBlank(message = "{rescue.followup.validation.required}")
        @Size(max = 50, message = "{rescue.followup.validation.tooLong}")
        @PlainText
        String name,

        @NotBlank(message = "{rescue.followup.validation.required}")
        @Pattern(regexp = "[MFU]", message = "{rescue.followup.validation.required}")
        String sex,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,

        @Size(max = 30, message = "{rescue.followup.validation.idNumber}")
        @ValidIdNumber(message = "{rescue.followup.validation.idNumber}")
        String idNumber,

        @NotBlank(message = "{rescue.followup.validation.region}")
        @Pattern(regexp = "[0-9]{12}", message = "{rescue.followup.validation.region}")
        String homeRegionCode,

        @NotBlank(message = "{rescue.followup.validation.required}")
        @Size(max = 200, message = "{rescue.followup.validation.tooLong}")
        @PlainText
        String address,

        @NotNull(message = "{rescue.followup.validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate returnedOn,

        @NotBlank(message = "{rescue.followup.validation.required}")
        @Size(max = 100, message = "{rescue.followup.validation.tooLong}")
        @PlainText
        String returnedFrom,

        @Size(max = 50, message = "{rescue.followup.validation.tooLong}") @PlainText
        String guardianName,

        @Size(max = 20, message = "{rescue.followup.validation.phone}")
        @MobilePhone(message = "{rescue.followup.validation.phone}")
        String guardianPhone) {

    static ReturneeForm blank(LocalDate today) {
        return new ReturneeForm(null, "", "", null, "", "", "", today, "", "", "");
    }

    static ReturneeForm fromCase(PendingCase c) {
        return new ReturneeForm(
                c.id(),
                c.name() == null ? "" : c.name(),
                c.sex(),
                c.birthDate(),
                "",
                "",
                "",
                c.releasedOn(),
                c.stationName(),
                "",
                "");
    }
}
