package org.minzheng.disclosure.lists;

import java.util.List;
import org.minzheng.region.RegionSummary;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;

/**
 * The area a public page shows: the city, a county, a township or a village, with the way down to it.
 *
 * @param trail from the city down to {@code region}, for the breadcrumb
 */
public record PublicArea(RegionSummary region, List<RegionSummary> trail) {

    public RegionCode code() {
        return region.code();
    }

    public String name() {
        return region.name();
    }

    /** The code as the public addresses write it: {@code 3716}, {@code 371602}, {@code 371602012} … */
    public String path() {
        return region.code().significantDigits();
    }

    public boolean city() {
        return region.level() == RegionLevel.CITY;
    }

    public boolean village() {
        return region.level() == RegionLevel.VILLAGE;
    }

    /** Message key naming the kind of subdivision (县区, 乡镇（街道）, 村（社区）), for the drill-down. */
    public String subdivisionKey() {
        return "disclosure.subdivision." + region.level().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Path of the region's public page, as a trail step links to it. */
    public static String pathOf(RegionSummary step) {
        return step.code().significantDigits();
    }
}
