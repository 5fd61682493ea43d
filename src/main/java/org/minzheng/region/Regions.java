package org.minzheng.region;

import java.util.List;
import java.util.Optional;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.RegionNames;
import org.minzheng.shared.security.DataScope;

/** The region tree, for other modules. */
public interface Regions extends RegionNames {

    Optional<RegionSummary> find(RegionCode code);

    /** The region within {@code scope}, empty when absent or outside it. */
    Optional<RegionSummary> find(RegionCode code, DataScope scope);

    /** Name of the region, or its code when unknown (e.g. an account bound to a since-removed village). */
    String nameOf(RegionCode code);

    /** Root first, {@code code} last. */
    List<RegionSummary> path(RegionCode code);

    /** Every region within {@code scope}, ordered by code: for choosing a region in a form. */
    List<RegionSummary> within(DataScope scope);

    /** The regions of one level within {@code scope}, ordered by code: e.g. the townships a filter offers. */
    List<RegionSummary> within(DataScope scope, RegionLevel level);

    /** Direct subdivisions within {@code scope}, ordered by code. */
    List<RegionSummary> children(RegionCode code, DataScope scope);
}
