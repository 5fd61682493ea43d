package org.minzheng.assistance.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.CaseStatus;
import org.minzheng.assistance.Channel;
import org.minzheng.assistance.Programme;
import org.minzheng.shared.RegionCode;

/**
 * A case as stored, personal data still encrypted.
 *
 * @param deadline the legal deadline of the current step
 * @param finalDeadline the deadline of the whole procedure, from acceptance
 * @param approvedFen the approved amount: monthly for 低保 and 特困, one-off for 临时救助
 */
record StoredCase(
        long id,
        CaseNumber number,
        RegionCode village,
        Programme programme,
        CaseStatus status,
        String applicantName,
        byte[] idNumberCipher,
        byte[] phoneCipher,
        String phoneIndex,
        int householdSize,
        String reason,
        Channel channel,
        String enteredBy,
        Instant submittedAt,
        Instant acceptedAt,
        LocalDate deadline,
        long version,
        LocalDate finalDeadline,
        LocalDate noticeFrom,
        LocalDate noticeUntil,
        Long approvedFen,
        LocalDate approvedOn,
        YearMonth startMonth,
        boolean advanced,
        boolean demo) {

    /** The public notice has run its days: the county may decide from the day after. */
    boolean noticeOver(LocalDate today) {
        return noticeUntil != null && today.isAfter(noticeUntil);
    }
}
