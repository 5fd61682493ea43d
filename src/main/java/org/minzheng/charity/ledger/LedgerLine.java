package org.minzheng.charity.ledger;

import java.time.Instant;

/** One movement of a fund, as the fund's statement lists it. A correction has a negative amount. */
public record LedgerLine(
        long id,
        String direction,
        String kind,
        long amountFen,
        long balanceAfterFen,
        Long donationId,
        Long paymentId,
        Long transferId,
        String memo,
        String recordedBy,
        Instant recordedAt) {

    public boolean in() {
        return "IN".equals(direction);
    }

    /** Message key of the kind, e.g. {@code charity.ledger.kind.DONATION}. */
    public String kindKey() {
        return "charity.ledger.kind." + kind;
    }
}
