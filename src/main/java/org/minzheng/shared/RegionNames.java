package org.minzheng.shared;

import java.util.Collection;
import java.util.Map;

/**
 * Names of regions, for modules that sit below the region module (audit) and may not depend on it.
 * The region module provides the implementation.
 */
public interface RegionNames {

    /** Names of the given regions; unknown codes are left out. */
    Map<RegionCode, String> namesOf(Collection<RegionCode> codes);
}
