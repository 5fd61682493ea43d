package org.minzheng.charity.provider;

import java.time.LocalDate;

/** One of a provider's bids, as its page lists them. */
record ProviderBid(
        long id,
        long tenderId,
        String tenderTitle,
        String projectName,
        long amountFen,
        Integer score,
        LocalDate submittedOn,
        TenderStatus tenderStatus,
        boolean awarded) {}
