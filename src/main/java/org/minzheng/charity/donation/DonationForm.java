package org.minzheng.charity.donation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A gift as the clerk enters it, the amount in yuan as typed. The amount, the date's range, the fund name a
 * brand needs, the project, the pledge and a possible double entry are checked by the controller, since they
 * need parsing or the database.
 *
 * @param projectId the project a directed (定向) gift is for; null for a general gift
 * @param notDuplicate the clerk confirms that a gift looking the same as one just recorded is another gift
 */
record DonationForm(
        @NotNull(message = "{charity.donation.validation.donor}")
        Long donorId,

        @NotBlank(message = "{charity.donation.validation.amount}")
        String amountYuan,

        @NotNull(message = "{charity.donation.validation.channel}")
        DonationChannel channel,

        @NotNull(message = "{charity.donation.validation.brand}")
        DonationBrand brand,

        @Size(max = 100, message = "{charity.donation.validation.fundNameTooLong}") @PlainText
        String fundName,

        Long projectId,

        Long pledgeId,

        @NotNull(message = "{charity.donation.validation.receivedOn}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate receivedOn,

        Boolean notDuplicate) {

    static DonationForm empty(Long donorId, Long projectId, LocalDate today) {
        return new DonationForm(donorId, "", DonationChannel.BANK_TRANSFER, null, "", projectId, null, today, false);
    }

    boolean confirmedNotDuplicate() {
        return Boolean.TRUE.equals(notDuplicate);
    }

    String fundNameOrNull() {
        return fundName == null || fundName.isBlank() ? null : fundName.strip();
    }
}
