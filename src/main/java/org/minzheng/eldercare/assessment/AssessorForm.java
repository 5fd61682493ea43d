package org.minzheng.eldercare.assessment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.minzheng.shared.validation.PlainText;

/** A new assessor of an agency; the certificate number is unique across all agencies. */
record AssessorForm(
        @NotBlank(message = "{eldercare.agency.validation.required}")
        @Size(max = 50, message = "{eldercare.agency.validation.tooLong}")
        @PlainText(allowLineBreaks = false)
        String name,

        @NotBlank(message = "{eldercare.agency.validation.required}")
        @Size(max = 40, message = "{eldercare.agency.validation.tooLong}")
        @Pattern(regexp = "[A-Z0-9-]*", message = "{eldercare.agency.assessor.certificate.invalid}")
        String certificate,

        @Size(max = 20, message = "{eldercare.agency.validation.tooLong}")
        String phone) {

    AssessorForm {
        name = AgencyForm.strip(name);
        certificate = AgencyForm.strip(certificate).toUpperCase(Locale.ROOT);
        phone = AgencyForm.strip(phone);
    }

    static AssessorForm empty() {
        return new AssessorForm("", "", "");
    }
}
