package org.minzheng.eldercare.provider;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** A 养老护理员 vocational certificate (grade 5 初级 … 1 高级技师), e.g. a renewal before the old one runs out. */
record CertificateForm(
        @NotNull(message = "{eldercare.provider.validation.required}")
        @Min(value = 1, message = "{eldercare.provider.validation.grade}")
        @Max(value = 5, message = "{eldercare.provider.validation.grade}")
        Integer grade,

        @NotBlank(message = "{eldercare.provider.validation.required}")
        @Size(max = 40, message = "{eldercare.provider.validation.tooLong}")
        @PlainText(allowLineBreaks = false)
        String number,

        @NotNull(message = "{eldercare.provider.validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate validUntil) {

    CertificateForm {
        number = ProviderForm.strip(number);
    }

    static CertificateForm empty() {
        return new CertificateForm(null, "", null);
    }
}
