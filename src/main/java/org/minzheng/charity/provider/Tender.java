package org.minzheng.charity.provider;

import java.time.LocalDate;

/** A service a project buys by tender (招标), with its project's facts. */
record Tender(
        long id,
        TenderProject project,
        String title,
        String scope,
        long ceilingFen,
        LocalDate opensOn,
        LocalDate closesOn,
        TenderStatus status,
        String createdBy,
        int bidCount) {

    public boolean open() {
        return status == TenderStatus.OPEN;
    }

    /** Bids are judged only once nobody can bid any more, i.e. from the day after closing. */
    public boolean closedOn(LocalDate day) {
        return day.isAfter(closesOn);
    }
}
