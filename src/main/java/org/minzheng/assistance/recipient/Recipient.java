package org.minzheng.assistance.recipient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.Programme;
import org.minzheng.registry.HouseholdId;
import org.minzheng.shared.Masking;
import org.minzheng.shared.Money;
import org.minzheng.shared.RegionCode;

/**
 * One entry of the recipients register as stored.
 *
 * @param household the registry household; null for a one-off grant to someone not registered
 * @param phoneCipher the applicant's phone, encrypted; null when the case had none
 * @param endMonth the last month with a benefit; null while it runs
 * @param suspendedFrom the first month without a benefit while suspended; null otherwise
 * @param nextReviewDue when the next periodic review is due; null once the benefit has ended
 * @param version for optimistic locking: changes name the version the clerk saw
 */
record Recipient(
        long id,
        CaseNumber caseNumber,
        HouseholdId household,
        RegionCode village,
        Programme programme,
        RecipientKind kind,
        String headName,
        byte[] phoneCipher,
        long amountFen,
        YearMonth startMonth,
        YearMonth endMonth,
        RecipientStatus status,
        YearMonth suspendedFrom,
        ExitReason exitReason,
        ReviewCycle reviewCycle,
        LocalDate nextReviewDue,
        LocalDate approvedOn,
        String approvedBy,
        Instant enrolledAt,
        long version,
        boolean demo) {

    public Money amount() {
        return Money.ofFen(amountFen);
    }

    public boolean monthly() {
        return kind == RecipientKind.MONTHLY;
    }

    public boolean reviewOverdue(LocalDate today) {
        return nextReviewDue != null && nextReviewDue.isBefore(today);
    }

    /** The first month without a benefit once it has ended. */
    public YearMonth stoppedFrom() {
        return endMonth == null ? null : endMonth.plusMonths(1);
    }

    /** Keeps the name and the phone out of logs. */
    @Override
    public String toString() {
        return "Recipient[id=" + id + ", case=" + caseNumber.value() + ", head=" + Masking.name(headName) + ", status="
                + status + ", version=" + version + "]";
    }
}
