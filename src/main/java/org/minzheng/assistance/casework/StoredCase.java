package org.minzheng.assistance.casework;

import java.time.Instant;
import java.time.LocalDate;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.CaseStatus;
import org.minzheng.assistance.Channel;
import org.minzheng.assistance.Programme;
import org.minzheng.shared.RegionCode;

/** A case as stored, personal data still encrypted. */
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
        long version) {}
