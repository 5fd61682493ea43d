package org.minzheng.region;

import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;

/**
 * A region as other modules see it.
 *
 * @param parentCode null for the root of the tree
 * @param demo generated stand-in, to be replaced by the official village file
 * @param childCount number of direct subdivisions
 */
public record RegionSummary(
        RegionCode code,
        String name,
        RegionLevel level,
        RegionCode parentCode,
        String urbanRuralClass,
        boolean demo,
        int childCount) {}
