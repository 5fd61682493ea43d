package org.minzheng.rescue.network;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.minzheng.shared.RegionCode;

/**
 * A township or village grid worker (网格员); only the masked phone ever leaves the database in clear.
 *
 * @param hoursThisYear training hours attended in the current calendar year
 */
record GridWorker(
        long id,
        String name,
        String regionCode,
        GridDuty duty,
        String phoneMasked,
        boolean active,
        LocalDate since,
        BigDecimal hoursThisYear) {

    public RegionCode region() {
        return RegionCode.of(regionCode);
    }

    public RegionCode township() {
        return region().ancestorAt(org.minzheng.shared.RegionLevel.TOWNSHIP);
    }
}
