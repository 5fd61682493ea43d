package org.minzheng.eldercare.service;

import java.time.LocalDate;

/** A bed's monthly plan with how far its visits have come. */
record PlanView(
        long id,
        long bedId,
        String elderName,
        String regionCode,
        long providerId,
        String providerName,
        LocalDate month,
        int capabilityLevel,
        long plannedFen,
        int visits,
        int undispatched,
        int done) {}
