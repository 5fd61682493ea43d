package org.minzheng.charity.donation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.CreditCode;
import org.minzheng.shared.validation.PlainText;
import org.minzheng.shared.validation.ValidPhone;

/**
 * A donor as staff enter it. The credit code's check character and uniqueness are checked by the controller.
 * On edit a blank phone keeps the one on file, since the stored phone is never shown in full.
 */
record DonorForm(
        @NotNull(message = "{charity.donor.validation.kind}")
        DonorKind kind,

        @NotBlank(message = "{charity.donor.validation.name}")
        @Size(max = 100, message = "{charity.donor.validation.nameTooLong}")
        @PlainText
        String name,

        String creditCode,

        @Size(max = 50, message = "{charity.donor.validation.contactTooLong}") @PlainText
        String contactName,

        @Size(max = 30, message = "{charity.donor.validation.phone}")
        @ValidPhone(message = "{charity.donor.validation.phone}")
        String phone,

        Boolean namedConsent) {

    static DonorForm empty() {
        return new DonorForm(DonorKind.ENTERPRISE, "", "", "", "", false);
    }

    static DonorForm of(Donor donor) {
        return new DonorForm(
                donor.kind(),
                donor.name(),
                donor.creditCode() == null ? "" : donor.creditCode(),
                donor.contactName() == null ? "" : donor.contactName(),
                "",
                donor.namedConsent());
    }

    /** An unticked box sends nothing. */
    boolean consents() {
        return Boolean.TRUE.equals(namedConsent);
    }

    String creditCodeOrNull() {
        return creditCode == null || creditCode.isBlank() ? null : CreditCode.normalise(creditCode);
    }

    String contactOrNull() {
        return blankToNull(contactName);
    }

    String phoneOrNull() {
        return blankToNull(phone);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
