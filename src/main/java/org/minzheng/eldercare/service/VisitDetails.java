package org.minzheng.eldercare.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One visit with the elder, provider and caregiver it concerns. */
record VisitDetails(
        long id,
        long planId,
        long bedId,
        long elderId,
        String elderName,
        String elderAddress,
        String regionCode,
        long providerId,
        String providerName,
        String itemName,
        int standardMinutes,
        long unitPriceFen,
        LocalDate scheduledOn,
        VisitStatus status,
        Long caregiverId,
        String caregiverName,
        Instant dispatchedAt,
        Instant checkedInAt,
        BigDecimal checkInLatitude,
        BigDecimal checkInLongitude,
        Instant checkedOutAt,
        BigDecimal checkOutLatitude,
        BigDecimal checkOutLongitude,
        String serviceRecord,
        Instant confirmedAt,
        String confirmedBy,
        Integer rating,
        String feedback,
        boolean demo) {

    /** Whole minutes between check-in and check-out; negative when the check-out was reported earlier. */
    public Long minutes() {
        return checkedInAt == null || checkedOutAt == null
                ? null
                : java.time.Duration.between(checkedInAt, checkedOutAt).toMinutes();
    }

    public boolean awaitingConfirmation() {
        return status == VisitStatus.DONE && confirmedAt == null;
    }
}
