package org.minzheng.assistance.casework;

import java.time.Instant;
import java.time.LocalDate;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.CaseStatus;
import org.minzheng.assistance.Channel;
import org.minzheng.assistance.Programme;
import org.minzheng.shared.RegionCode;

/**
 * A case in the staff inbox.
 *
 * @param deadline the last day of the step now running, null when none runs
 * @param overdue the deadline has passed while the case still waits for the step
 */
record CaseRow(
        long id,
        CaseNumber number,
        RegionCode village,
        Programme programme,
        CaseStatus status,
        String applicantName,
        int householdSize,
        Channel channel,
        Instant submittedAt,
        LocalDate deadline,
        boolean overdue,
        boolean demo) {}
