package org.minzheng.eldercare.supervision;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.minzheng.eldercare.service.AnomalyKind;
import org.minzheng.eldercare.service.VisitStatus;

/** One visit in a provider's list; times are local to Asia/Shanghai. */
record VisitLine(
        long id,
        LocalDate scheduledOn,
        String item,
        String elderName,
        String caregiverName,
        VisitStatus status,
        LocalDateTime checkedIn,
        LocalDateTime checkedOut,
        int standardMinutes,
        Integer rating,
        List<Flag> anomalies) {

    /** An anomaly of the visit and whether it still waits for review. */
    record Flag(String kind, boolean open) {

        public String messageKey() {
            return AnomalyKind.valueOf(kind).messageKey();
        }
    }

    /** Minutes between check-in and check-out; negative when the phone reported them the wrong way round. */
    public Long minutes() {
        return checkedIn == null || checkedOut == null
                ? null
                : Duration.between(checkedIn, checkedOut).toMinutes();
    }

    public boolean lateCheckIn() {
        return checkedIn != null && checkedIn.toLocalDate().isAfter(scheduledOn);
    }
}
