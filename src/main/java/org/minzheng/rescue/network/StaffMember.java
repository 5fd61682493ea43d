package org.minzheng.rescue.network;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Someone working in a station; the work phone is the station's business and shown in full.
 *
 * @param hoursThisYear training hours attended in the current calendar year
 */
record StaffMember(
        long id,
        long stationId,
        String stationName,
        String name,
        StationPost post,
        String phone,
        LocalDate joinedOn,
        LocalDate leftOn,
        BigDecimal hoursThisYear) {

    public boolean active() {
        return leftOn == null;
    }
}
