package org.minzheng.rescue.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Cases admitted in a county and period, and how many of them were confirmed repeats. */
record RateCell(long admitted, long repeats) {

    static final RateCell NONE = new RateCell(0, 0);

    RateCell plus(RateCell other) {
        return new RateCell(admitted + other.admitted, repeats + other.repeats);
    }

    /** Percent with one decimal, half up; null when nobody was admitted. */
    public BigDecimal ratePercent() {
        if (admitted == 0) {
            return null;
        }
        return BigDecimal.valueOf(repeats * 100L).divide(BigDecimal.valueOf(admitted), 1, RoundingMode.HALF_UP);
    }
}
