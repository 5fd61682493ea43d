package org.minzheng.lottery.sales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The growth arithmetic of a period against its baseline (the same days a year earlier), all in fen: the increment
 * is current minus baseline, and the share of growth from new channels is the increment of the new-channel outlets
 * (every kind but the traditional betting outlet) over the total increment. That share only reads as "a share of
 * growth" when there was growth: with a total increment of zero or less it is not given, and the page says the
 * total did not grow instead. It may exceed 100 % when traditional outlets shrank while new channels grew.
 */
public record SalesGrowth(long currentFen, long baselineFen, long newChannelCurrentFen, long newChannelBaselineFen) {

    public long incrementFen() {
        return currentFen - baselineFen;
    }

    public long newChannelIncrementFen() {
        return newChannelCurrentFen - newChannelBaselineFen;
    }

    public long traditionalIncrementFen() {
        return incrementFen() - newChannelIncrementFen();
    }

    /** Growth over the baseline in percent, one decimal; empty without a baseline. */
    public Optional<BigDecimal> growthPercent() {
        return percent(incrementFen(), baselineFen);
    }

    /** The new channels' part of the growth in percent, one decimal; empty unless the total grew. */
    public Optional<BigDecimal> newChannelShare() {
        return incrementFen() <= 0 ? Optional.empty() : percent(newChannelIncrementFen(), incrementFen());
    }

    public boolean grew() {
        return incrementFen() > 0;
    }

    static Optional<BigDecimal> percent(long part, long whole) {
        if (whole <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(part)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }
}
