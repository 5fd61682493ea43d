package org.minzheng.disclosure.lists;

import org.minzheng.region.RegionSummary;

/** The figures of one subdivision of the area a page shows, for the drill-down and the statistics. */
public record AreaFigures(RegionSummary region, Figures figures) {

    /** The code as the public addresses write it, e.g. {@code 371602012} for a township. */
    public String path() {
        return region.code().significantDigits();
    }
}
