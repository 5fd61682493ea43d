package org.minzheng.charity.disclosure;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the weekly update log: what the week (Monday to Sunday) added, computed from the records. */
record WeeklyUpdate(
        LocalDate weekStart,
        int donationsCount,
        long donationsFen,
        int paymentsCount,
        long paymentsFen,
        int newBeneficiaries,
        int projectsOpen,
        String publishedBy,
        Instant publishedAt) {

    public LocalDate weekEnd() {
        return weekStart.plusDays(6);
    }
}
