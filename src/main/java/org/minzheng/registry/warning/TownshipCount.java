package org.minzheng.registry.warning;

import org.minzheng.shared.RegionCode;

/** Open and overdue warnings of one township, for the county's overview. */
public record TownshipCount(RegionCode township, String name, long open, long overdue) {}
