package org.minzheng.charity.donation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** A pledge as staff enter it; amount, project and the dates' order are checked by the controller. */
record PledgeForm(
        @NotNull(message = "{charity.donation.validation.donor}")
        Long donorId,

        @NotBlank(message = "{charity.donation.validation.amount}")
        String amountYuan,

        Long projectId,

        @NotNull(message = "{charity.pledge.validation.pledgedOn}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate pledgedOn,

        @NotNull(message = "{charity.pledge.validation.dueOn}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate dueOn,

        @Size(max = 200, message = "{charity.pledge.validation.noteTooLong}") @PlainText
        String note) {

    static PledgeForm empty(Long donorId, LocalDate today) {
        return new PledgeForm(donorId, "", null, today, today.plusMonths(3), "");
    }

    String noteOrNull() {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
