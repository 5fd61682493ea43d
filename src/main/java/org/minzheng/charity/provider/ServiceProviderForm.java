package org.minzheng.charity.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.CreditCode;
import org.minzheng.shared.validation.PlainText;
import org.minzheng.shared.validation.ValidPhone;

/** A provider as staff type it; the credit code's check character and uniqueness are checked by the controller. */
record ServiceProviderForm(
        @NotBlank(message = "{charity.provider.validation.name}")
        @Size(max = 100, message = "{charity.provider.validation.nameTooLong}")
        @PlainText
        String name,

        @NotBlank(message = "{charity.provider.validation.creditCode}")
        String creditCode,

        @NotBlank(message = "{charity.provider.validation.kind}")
        String kind,

        @NotBlank(message = "{charity.provider.validation.contactName}")
        @Size(max = 50, message = "{charity.provider.validation.contactNameTooLong}")
        @PlainText
        String contactName,

        @NotBlank(message = "{charity.provider.validation.contactPhone}")
        @Size(max = 20, message = "{charity.provider.validation.contactPhone}")
        @ValidPhone(message = "{charity.provider.validation.contactPhone}")
        String contactPhone,

        @Size(max = 200, message = "{charity.provider.validation.addressTooLong}") @PlainText
        String address) {

    static ServiceProviderForm empty() {
        return new ServiceProviderForm("", "", "", "", "", "");
    }

    static ServiceProviderForm of(ServiceProvider p) {
        return new ServiceProviderForm(
                p.name(),
                p.creditCode(),
                p.kind().name(),
                p.contactName(),
                p.contactPhone(),
                p.address() == null ? "" : p.address());
    }

    String normalisedCreditCode() {
        return CreditCode.normalise(creditCode);
    }

    String addressOrNull() {
        return address == null || address.isBlank() ? null : address.strip();
    }
}
