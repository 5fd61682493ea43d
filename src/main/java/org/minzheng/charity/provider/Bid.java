package org.minzheng.charity.provider;

import java.time.LocalDate;

/** A provider's offer for a tender, with the panel's score once entered. */
record Bid(
        long id,
        long tenderId,
        long providerId,
        String providerName,
        long amountFen,
        String proposal,
        Integer score,
        LocalDate submittedOn,
        String recordedBy) {

    public boolean scored() {
        return score != null;
    }
}
