package org.minzheng.charity.provider;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** A bid as it arrived, entered by staff. */
record BidForm(
        @NotNull(message = "{charity.bid.validation.provider}")
        Long providerId,

        @NotBlank(message = "{charity.bid.validation.amount}")
        String amountYuan,

        @NotBlank(message = "{charity.bid.validation.proposal}")
        @Size(max = 2000, message = "{charity.bid.validation.proposalTooLong}")
        @PlainText
        String proposal,

        @NotNull(message = "{charity.bid.validation.submittedOn}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate submittedOn) {

    static BidForm empty() {
        return new BidForm(null, "", "", null);
    }
}
