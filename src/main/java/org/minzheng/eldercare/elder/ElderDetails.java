package org.minzheng.eldercare.elder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One elder's profile with contacts (phones masked) and consent records, withdrawn ones included. */
record ElderDetails(
        ElderSummary summary,
        Long householdId,
        String sex,
        String address,
        String createdBy,
        Instant createdAt,
        List<ContactView> contacts,
        List<ConsentView> consents) {

    record ContactView(long id, String name, String relation, String maskedPhone) {}

    /** A consent as given; a withdrawn one stays in the history with the day and staff member of the withdrawal. */
    record ConsentView(
            long id,
            ConsentPurpose purpose,
            LocalDate consentedOn,
            String recordedBy,
            Instant recordedAt,
            LocalDate withdrawnOn,
            String withdrawnBy) {

        public boolean withdrawn() {
            return withdrawnOn != null;
        }
    }
}
