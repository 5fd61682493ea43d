package org.minzheng.lottery.ranking;

/** What is ranked: sales of the period, growth against the same period a year earlier (fen), or outlets opened. */
public enum RankingMeasure {
    SALES,
    GROWTH,
    NEW_OUTLETS;

    public String messageKey() {
        return "lottery.ranking.measure." + name();
    }

    public boolean money() {
        return this != NEW_OUTLETS;
    }
}
