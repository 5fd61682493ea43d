package org.minzheng.shared.security;

import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;

/**
 * The region subtree a staff member may see. Every staff query takes it as a parameter and filters in
 * SQL with {@code region_code like :prefix || '%'} on an indexed column, never after loading.
 */
public record DataScope(RegionCode root) {

    /** Prefix for SQL {@code like}: the significant digits of the root code. */
    public String prefix() {
        return root.significantDigits();
    }

    public boolean covers(RegionCode code) {
        return root.contains(code);
    }

    /** Rows that carry no region (e.g. a failed login with an unknown user name) are for city-wide staff only. */
    public boolean cityWide() {
        return root.level().depth() <= RegionLevel.CITY.depth();
    }
}
