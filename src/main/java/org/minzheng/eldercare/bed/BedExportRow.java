package org.minzheng.eldercare.bed;

import java.time.LocalDate;

/** A bed as one row of the Excel export; amounts in fen, the subsidy being what the family does not pay. */
record BedExportRow(
        long id,
        String elderName,
        String regionCode,
        String providerName,
        String contractNumber,
        BedStatus status,
        LocalDate createdOn,
        LocalDate acceptedOn,
        long totalFen,
        long coPaymentFen) {

    long subsidyFen() {
        return totalFen - coPaymentFen;
    }
}
