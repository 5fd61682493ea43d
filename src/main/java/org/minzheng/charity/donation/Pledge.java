package org.minzheng.charity.donation;

import java.time.LocalDate;

/** A promise to give and how far the gifts naming it have kept it. */
record Pledge(
        long id,
        long donorId,
        String donorName,
        Long projectId,
        String projectName,
        long amountFen,
        long fulfilledFen,
        LocalDate pledgedOn,
        LocalDate dueOn,
        String note,
        PledgeStatus status,
        String regionCode,
        String createdBy) {

    /** Per cent of the pledge given so far, 0–100. */
    public int percent() {
        return (int) Math.min(100, fulfilledFen * 100 / amountFen);
    }

    /** The meter's step of ten, for the CSS class {@code p0 … p100}. */
    public String meterClass() {
        return "p" + (percent() / 10 * 10);
    }

    public boolean open() {
        return status != PledgeStatus.CANCELLED && status != PledgeStatus.FULFILLED;
    }
}
