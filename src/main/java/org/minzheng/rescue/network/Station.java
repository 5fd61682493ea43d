package org.minzheng.rescue.network;

import java.time.LocalDate;
import org.minzheng.shared.RegionCode;

/**
 * A rescue station (救助管理站) with what is known about its use.
 *
 * @param inCare people staying now, in the station or sent to hospital
 */
record Station(
        long id,
        String name,
        String kind,
        String regionCode,
        String address,
        String phone,
        int beds,
        String director,
        LocalDate openedOn,
        boolean demo,
        int staffCount,
        int inCare) {

    public boolean city() {
        return "CITY".equals(kind);
    }

    public RegionCode region() {
        return RegionCode.of(regionCode);
    }

    /** Whole percent of beds taken, null when the station has no beds. */
    public Integer occupancyPercent() {
        return beds == 0 ? null : (int) Math.round(inCare * 100.0 / beds);
    }

    public boolean full() {
        return inCare >= beds;
    }
}
