package org.minzheng.charity.provider;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** The award of one bid and the contract it becomes. */
record AwardForm(
        @NotNull(message = "{charity.tenderAward.validation.bid}")
        Long bidId,

        @Size(max = 200, message = "{charity.tenderAward.validation.reasonTooLong}") @PlainText
        String reason,

        @NotNull(message = "{charity.tenderAward.validation.signedOn}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate signedOn,

        @NotNull(message = "{charity.tenderAward.validation.startsOn}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startsOn,

        @NotNull(message = "{charity.tenderAward.validation.endsOn}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate endsOn) {

    static AwardForm suggest(Long bidId, TenderProject project, LocalDate today) {
        LocalDate start = today.isBefore(project.startsOn()) ? project.startsOn() : today;
        return new AwardForm(bidId, "", today, start, project.endsOn());
    }

    String reasonOrNull() {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
