package org.minzheng.eldercare.bed;

import java.time.LocalDate;
import org.minzheng.shared.RegionCode;

/** One bed as its page shows it. */
record BedDetails(
        long id,
        long elderId,
        String elderName,
        String maskedIdNumber,
        RegionCode region,
        String providerName,
        String contractNumber,
        BedStatus status,
        String createdBy,
        LocalDate worksOrderedOn,
        String worksOrderedBy,
        LocalDate acceptedOn,
        String acceptedBy,
        String acceptanceNote,
        LocalDate closedOn,
        String closedBy,
        String closingReason) {}
