package org.minzheng.charity.donation;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A gift of money as staff pages show it, with its donor's and project's names. */
record Donation(
        long id,
        long donorId,
        String donorName,
        DonorKind donorKind,
        long amountFen,
        DonationChannel channel,
        DonationBrand brand,
        String fundName,
        Long projectId,
        String projectName,
        long fundId,
        Long pledgeId,
        LocalDate receivedOn,
        String receiptNumber,
        boolean voided,
        String voidReason,
        String regionCode,
        boolean demo,
        String recordedBy,
        LocalDateTime recordedAt) {

    public boolean directed() {
        return projectId != null;
    }
}
