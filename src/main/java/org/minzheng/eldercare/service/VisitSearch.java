package org.minzheng.eldercare.service;

import java.time.YearMonth;

/**
 * Filters of the visit list; blank text matches everything.
 *
 * @param flagged only visits with an anomaly not yet reviewed
 */
record VisitSearch(YearMonth month, String status, String village, Long providerId, boolean flagged) {

    String statusOrNull() {
        return status == null || status.isBlank() ? null : status;
    }

    String villageOrNull() {
        return village == null || village.isBlank() ? null : village;
    }
}
