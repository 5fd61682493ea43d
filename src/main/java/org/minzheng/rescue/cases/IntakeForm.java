package org.minzheng.rescue.cases;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.minzheng.shared.validation.PlainText;
import org.minzheng.shared.validation.ValidIdNumber;
import org.springframework.format.annotation.DateTimeFormat;

/** 受助登记 as typed at the street or the station's door; times are Beijing wall-clock times. */
record IntakeForm(
        @NotNull Long stationId,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
        LocalDateTime foundAt,

        @NotBlank @Size(max = 200, message = "{rescue.case.tooLong}") @PlainText
        String foundPlace,

        @Pattern(regexp = "|[0-9]{12}", message = "{rescue.case.regionCode}")
        String foundRegionCode,

        @NotNull CaseSource source,

        @Size(max = 100, message = "{rescue.case.tooLong}") @PlainText
        String broughtBy,

        @NotNull IdentityStatus identityStatus,

        @Size(max = 50, message = "{rescue.case.tooLong}") @PlainText
        String name,

        @NotBlank @Pattern(regexp = "[MFU]", message = "{rescue.case.sex.required}")
        String sex,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,

        @Min(value = 0, message = "{rescue.case.age.range}") @Max(value = 120, message = "{rescue.case.age.range}")
        Integer estimatedAge,

        @ValidIdNumber String idNumber,

        @Size(max = 200, message = "{rescue.case.tooLong}") @PlainText
        String hukouPlace,

        @Min(value = 40, message = "{rescue.case.height.range}")
        @Max(value = 250, message = "{rescue.case.height.range}")
        Integer heightCm,

        @Size(max = 500, message = "{rescue.case.tooLong}") @PlainText
        String physicalDescription,

        @Size(max = 500, message = "{rescue.case.tooLong}") @PlainText
        String features,

        @Size(max = 50, message = "{rescue.case.tooLong}") @PlainText
        String dialect,

        @Size(max = 300, message = "{rescue.case.tooLong}") @PlainText
        String clothing,

        @NotNull HealthStatus health,

        @Size(max = 500, message = "{rescue.case.tooLong}") @PlainText
        String healthNote,

        @Size(max = 1000, message = "{rescue.case.tooLong}") @PlainText
        String belongings) {

    static IntakeForm startingAt(Long stationId, LocalDateTime now) {
        return new IntakeForm(
                stationId,
                now,
                "",
                "",
                null,
                "",
                IdentityStatus.SELF_REPORTED,
                "",
                "",
                null,
                null,
                "",
                "",
                null,
                "",
                "",
                "",
                "",
                HealthStatus.GOOD,
                "",
                "");
    }
}
