package org.minzheng.eldercare.service;

import java.time.Instant;
import java.time.LocalDate;

/** A visit in a list. {@code anomalies} counts the flags not yet reviewed. */
record VisitRow(
        long id,
        LocalDate scheduledOn,
        String elderName,
        String regionCode,
        String providerName,
        String itemName,
        String caregiverName,
        VisitStatus status,
        Instant checkedInAt,
        Instant checkedOutAt,
        Integer rating,
        int anomalies) {}
