package org.minzheng.eldercare.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/** How a complaint was handled, written when it is closed. */
record ClosingForm(
        @NotBlank(message = "{eldercare.provider.validation.required}")
        @Size(max = 1000, message = "{eldercare.provider.validation.tooLong}")
        @PlainText
        String result) {

    ClosingForm {
        result = ProviderForm.strip(result);
    }
}
