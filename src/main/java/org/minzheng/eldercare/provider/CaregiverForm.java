package org.minzheng.eldercare.provider;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.minzheng.shared.validation.ValidIdNumber;
import org.minzheng.shared.validation.ValidPhone;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * 护理员 with the first training record and certificate, each optional but complete when given; more are
 * added later.
 */
record CaregiverForm(
        @NotBlank(message = "{eldercare.provider.validation.required}")
        @Size(max = 30, message = "{eldercare.provider.validation.tooLong}")
        @PlainText(allowLineBreaks = false)
        String name,

        @NotBlank(message = "{eldercare.provider.validation.required}") @ValidIdNumber
        String idNumber,

        @ValidPhone String phone,

        @Size(max = 100, message = "{eldercare.provider.validation.tooLong}") @PlainText(allowLineBreaks = false)
        String course,

        @Min(value = 1, message = "{eldercare.provider.validation.hours}")
        @Max(value = 1000, message = "{eldercare.provider.validation.hours}")
        Integer hours,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,

        @Min(value = 1, message = "{eldercare.provider.validation.grade}")
        @Max(value = 5, message = "{eldercare.provider.validation.grade}")
        Integer grade,

        @Size(max = 40, message = "{eldercare.provider.validation.tooLong}") @PlainText(allowLineBreaks = false)
        String certificateNumber,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil) {

    CaregiverForm {
        name = ProviderForm.strip(name);
        idNumber = ProviderForm.strip(idNumber).toUpperCase(java.util.Locale.ROOT);
        phone = ProviderForm.strip(phone);
        course = ProviderForm.strip(course);
        certificateNumber = ProviderForm.strip(certificateNumber);
    }

    static CaregiverForm empty() {
        return new CaregiverForm("", "", "", "", null, null, null, "", null);
    }

    boolean hasTraining() {
        return !course.isEmpty();
    }

    boolean hasCertificate() {
        return !certificateNumber.isEmpty();
    }

    /** A training record is all three of course, hours and date, or none of them. */
    boolean trainingIncomplete() {
        return course.isEmpty() ? hours != null || completedOn != null : hours == null || completedOn == null;
    }

    /** A certificate is all three of level, number and expiry, or none of them. */
    boolean certificateIncomplete() {
        return certificateNumber.isEmpty() ? grade != null || validUntil != null : grade == null || validUntil == null;
    }
}
