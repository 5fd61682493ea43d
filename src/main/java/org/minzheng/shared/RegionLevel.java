package org.minzheng.shared;

import java.util.Locale;

/**
 * The five levels of the NBS statistical division codes (统计用区划代码), from 省 down to 村/社区.
 */
public enum RegionLevel {
    PROVINCE(1, 2),
    CITY(2, 4),
    COUNTY(3, 6),
    TOWNSHIP(4, 9),
    VILLAGE(5, 12);

    private final int depth;
    private final int significantDigits;

    RegionLevel(int depth, int significantDigits) {
        this.depth = depth;
        this.significantDigits = significantDigits;
    }

    /** 1 for a province down to 5 for a village or community. */
    public int depth() {
        return depth;
    }

    public String messageKey() {
        return "region.level." + name().toLowerCase(Locale.ROOT);
    }

    /** How many leading digits of a 12-digit code identify a unit of this level. */
    int significantDigits() {
        return significantDigits;
    }

    boolean isDeeperThan(RegionLevel other) {
        return depth > other.depth;
    }
}
