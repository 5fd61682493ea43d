package org.minzheng.lottery.sales;

import java.math.BigDecimal;
import java.util.Optional;

/** Sales of one group (a county, an outlet kind, a game, an outlet) in a period and its baseline, in fen. */
public record SalesFigure(String key, String label, long currentFen, long baselineFen) {

    public long incrementFen() {
        return currentFen - baselineFen;
    }

    public Optional<BigDecimal> growthPercent() {
        return SalesGrowth.percent(incrementFen(), baselineFen);
    }

    /** This group's part of a total, in percent. */
    public Optional<BigDecimal> shareOf(long totalFen) {
        return SalesGrowth.percent(currentFen, totalFen);
    }
}
