package org.minzheng.rescue.search;

import java.time.Instant;
import java.time.LocalDate;
import org.minzheng.rescue.matching.PersonDescription;
import org.minzheng.shared.RegionCode;

/** A report of a missing person; the reporter's phone only as its masked copy. */
record MissingReport(
        long id,
        String regionCode,
        ReportSource source,
        String missingName,
        String sex,
        Integer birthYear,
        int birthYearUncertainty,
        Integer heightCm,
        String features,
        String dialect,
        String homePlace,
        String lastSeenPlace,
        String lastSeenRegionCode,
        LocalDate missingSince,
        String reporterName,
        String reporterRelation,
        String reporterPhoneMasked,
        String status,
        Long foundCaseId,
        Instant closedAt,
        String closeNote,
        boolean demo,
        String createdBy,
        Instant createdAt) {

    public RegionCode region() {
        return RegionCode.of(regionCode);
    }

    public boolean open() {
        return "OPEN".equals(status);
    }

    public String statusKey() {
        return "rescue.search.report.status." + status;
    }

    /** The person sought, as the matcher reads a report. */
    public PersonDescription description() {
        return new PersonDescription(
                missingName,
                sex,
                birthYear,
                birthYearUncertainty,
                heightCm,
                features,
                dialect,
                lastSeenRegionCode,
                lastSeenPlace,
                missingSince);
    }
}
