package org.minzheng.region;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;

/** The region tree, for other modules. */
public interface Regions {

    Optional<RegionSummary> find(RegionCode code);

    /** The region within {@code scope}, empty when absent or outside it. */
    Optional<RegionSummary> find(RegionCode code, DataScope scope);

    /** Name of the region, or its code when unknown (e.g. an account bound to a since-removed village). */
    String nameOf(RegionCode code);

    /** Names of many regions in one query. */
    Map<RegionCode, String> namesOf(Collection<RegionCode> codes);

    /** Root first, {@code code} last. */
    List<RegionSummary> path(RegionCode code);

    /** Direct subdivisions within {@code scope}, ordered by code. */
    List<RegionSummary> children(RegionCode code, DataScope scope);
}
