package org.minzheng.eldercare.elder;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/** A family contact added to an existing profile; the phone is checked as a mainland number by the service. */
record ContactForm(
        @NotBlank @Size(max = 50, message = "{eldercare.elder.validation.tooLong}") @PlainText(allowLineBreaks = false)
        String name,

        @NotBlank @Size(max = 20, message = "{eldercare.elder.validation.tooLong}") @PlainText(allowLineBreaks = false)
        String relation,

        @NotBlank @Size(max = 20, message = "{eldercare.elder.validation.tooLong}")
        String phone) {

    static ContactForm empty() {
        return new ContactForm("", "", "");
    }
}
