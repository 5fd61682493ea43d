package org.minzheng.charity.provider;

import java.time.Instant;
import java.time.LocalDate;

/** Something the provider owes under a contract; paid only once accepted, and at most its amount. */
record Deliverable(
        long id,
        long contractId,
        String description,
        LocalDate dueOn,
        long amountFen,
        LocalDate deliveredOn,
        String acceptedBy,
        Instant acceptedAt,
        long paidFen) {

    public boolean accepted() {
        return acceptedBy != null;
    }

    public long unpaidFen() {
        return amountFen - paidFen;
    }
}
