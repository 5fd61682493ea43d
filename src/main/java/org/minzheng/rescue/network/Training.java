package org.minzheng.rescue.network;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.minzheng.shared.RegionCode;

/** A training session of the network, organised by one station. */
record Training(
        long id,
        String title,
        LocalDate heldOn,
        BigDecimal hours,
        long stationId,
        String stationName,
        String stationRegionCode,
        String location,
        String content,
        int attendees) {

    public RegionCode region() {
        return RegionCode.of(stationRegionCode);
    }

    public String hoursText() {
        return hours.stripTrailingZeros().toPlainString();
    }
}
