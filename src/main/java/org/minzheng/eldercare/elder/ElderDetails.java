package org.minzheng.eldercare.elder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One elder's profile with contacts (phones masked) and consent records. */
record ElderDetails(
        ElderSummary summary,
        Long householdId,
        String sex,
        String address,
        String createdBy,
        Instant createdAt,
        List<ContactView> contacts,
        List<ConsentView> consents) {

    record ContactView(String name, String relation, String maskedPhone) {}

    record ConsentView(ConsentPurpose purpose, LocalDate consentedOn, String recordedBy, Instant recordedAt) {}
}
