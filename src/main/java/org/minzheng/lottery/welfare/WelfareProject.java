package org.minzheng.lottery.welfare;

import java.time.LocalDate;

/** A public-welfare project funded from the lottery side, with the sum granted so far. */
record WelfareProject(
        long id,
        String name,
        Long partnerId,
        String partnerName,
        String purpose,
        long budgetFen,
        long grantedFen,
        LocalDate startedOn,
        LocalDate endedOn,
        String status,
        boolean demo) {

    public long remainingFen() {
        return budgetFen - grantedFen;
    }

    public boolean running() {
        return "RUNNING".equals(status);
    }
}
