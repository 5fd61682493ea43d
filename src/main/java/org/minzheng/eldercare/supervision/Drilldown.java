package org.minzheng.eldercare.supervision;

import java.util.List;
import org.minzheng.region.RegionSummary;
import org.minzheng.shared.RegionLevel;

/**
 * Where in the city the page stands: a region within the staff member's scope and, below a township, one
 * provider. Rows below the city are counties, below a county townships, below a township providers, and
 * below a provider its single visits.
 *
 * @param trail the regions from the staff member's own down to {@code region}
 */
record Drilldown(RegionSummary region, List<RegionSummary> trail, Long providerId, String providerName) {

    public boolean atProvider() {
        return providerId != null;
    }

    public String regionCode() {
        return region.code().value();
    }

    String prefix() {
        return region.code().significantDigits();
    }

    Area area() {
        return new Area(prefix(), providerId);
    }

    /** How rows are grouped at this level; null at a provider, whose rows are its visits. */
    Grouping grouping() {
        if (atProvider()) {
            return null;
        }
        return switch (region.level()) {
            case CITY -> Grouping.COUNTY;
            case COUNTY -> Grouping.TOWNSHIP;
            case TOWNSHIP -> Grouping.PROVIDER;
            default -> throw new IllegalStateException("No supervision below a township");
        };
    }

    static boolean supports(RegionLevel level) {
        return level == RegionLevel.CITY || level == RegionLevel.COUNTY || level == RegionLevel.TOWNSHIP;
    }
}
