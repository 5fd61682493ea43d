package org.minzheng.eldercare.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** 投诉 against a provider, optionally naming one of its caregivers. */
record ComplaintForm(
        @NotNull(message = "{eldercare.provider.validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate receivedOn,

        @NotBlank(message = "{eldercare.provider.validation.required}")
        @Pattern(regexp = "hotline|visit|letter|online", message = "{eldercare.provider.validation.required}")
        String channel,

        Long caregiverId,

        @NotBlank(message = "{eldercare.provider.validation.required}")
        @Size(max = 1000, message = "{eldercare.provider.validation.tooLong}")
        @PlainText
        String content) {

    ComplaintForm {
        content = ProviderForm.strip(content);
    }

    static ComplaintForm empty() {
        return new ComplaintForm(null, "hotline", null, "");
    }
}
