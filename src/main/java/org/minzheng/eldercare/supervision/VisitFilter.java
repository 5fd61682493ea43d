package org.minzheng.eldercare.supervision;

import java.util.Arrays;
import org.minzheng.eldercare.service.AnomalyKind;
import org.minzheng.eldercare.service.VisitStatus;

/**
 * Filters of a provider's visit list, read leniently from the query string: anything not recognised
 * matches everything rather than failing the page.
 *
 * @param status one state, or null
 * @param lateOnly only visits counted as late
 * @param anomaly an {@link AnomalyKind} name, {@code ANY}, {@code OPEN} (not yet reviewed) or null
 */
record VisitFilter(VisitStatus status, boolean lateOnly, String anomaly) {

    static final String LATE = "LATE";
    static final String ANY = "ANY";
    static final String OPEN = "OPEN";

    static VisitFilter of(String status, String anomaly) {
        VisitStatus chosen = Arrays.stream(VisitStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        boolean known = ANY.equals(anomaly)
                || OPEN.equals(anomaly)
                || Arrays.stream(AnomalyKind.values()).anyMatch(k -> k.name().equals(anomaly));
        return new VisitFilter(chosen, LATE.equals(status), known ? anomaly : null);
    }

    /** The status parameter as it came in, for the form and the page links. */
    public String statusParameter() {
        return lateOnly ? LATE : status == null ? "" : status.name();
    }

    public String anomalyParameter() {
        return anomaly == null ? "" : anomaly;
    }
}
