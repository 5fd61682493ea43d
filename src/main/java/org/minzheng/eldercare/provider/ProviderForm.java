package org.minzheng.eldercare.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.minzheng.shared.CreditCode;
import org.minzheng.shared.validation.PlainText;
import org.minzheng.shared.validation.ValidPhone;

/** 服务商 as typed in the console; the townships are the service area, all within the county. */
record ProviderForm(
        @NotBlank(message = "{eldercare.provider.validation.required}")
        @Size(max = 100, message = "{eldercare.provider.validation.tooLong}")
        @PlainText(allowLineBreaks = false)
        String name,

        @NotBlank(message = "{eldercare.provider.validation.required}")
        String creditCode,

        @NotBlank(message = "{eldercare.provider.validation.required}")
        @Size(max = 30, message = "{eldercare.provider.validation.tooLong}")
        @PlainText(allowLineBreaks = false)
        String contactName,

        @NotBlank(message = "{eldercare.provider.validation.required}") @ValidPhone
        String contactPhone,

        @NotBlank(message = "{eldercare.provider.validation.required}")
        String countyCode,

        List<String> townships) {

    ProviderForm {
        name = strip(name);
        creditCode = CreditCode.normalise(creditCode);
        contactName = strip(contactName);
        contactPhone = strip(contactPhone);
        countyCode = strip(countyCode);
        townships = townships == null ? List.of() : List.copyOf(townships);
    }

    static ProviderForm empty(String countyCode) {
        return new ProviderForm("", "", "", "", countyCode, List.of());
    }

    static ProviderForm of(ProviderDetails provider, List<String> townships) {
        return new ProviderForm(
                provider.name(),
                provider.creditCode(),
                provider.contactName(),
                provider.contactPhone(),
                provider.countyCode(),
                townships);
    }

    static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
