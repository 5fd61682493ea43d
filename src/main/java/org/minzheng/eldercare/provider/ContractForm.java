package org.minzheng.eldercare.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** 服务合同: its number and the period it runs. */
record ContractForm(
        @NotBlank(message = "{eldercare.provider.validation.required}")
        @Size(max = 40, message = "{eldercare.provider.validation.tooLong}")
        @PlainText(allowLineBreaks = false)
        String number,

        @NotNull(message = "{eldercare.provider.validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate validFrom,

        @NotNull(message = "{eldercare.provider.validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate validTo) {

    ContractForm {
        number = ProviderForm.strip(number);
    }

    static ContractForm empty() {
        return new ContractForm("", null, null);
    }

    boolean endsBeforeItStarts() {
        return validFrom != null && validTo != null && validTo.isBefore(validFrom);
    }
}
