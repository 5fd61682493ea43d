package org.minzheng.eldercare.provider;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A complaint against a provider; open while {@code closedAt} is null. */
record ComplaintView(
        long id,
        LocalDate receivedOn,
        String channel,
        String caregiverName,
        String content,
        String result,
        OffsetDateTime closedAt) {}
