package org.minzheng.shared;

import java.util.Optional;

/**
 * The key the large tables are partitioned by (and, on Citus, distributed by): the six-digit county code, the
 * first six digits of a row's region code. A row's region never spans counties, so one county holds all of a
 * household's, a case's or an audit entry's rows; a query whose scope reaches county level names that county and
 * reads one partition.
 */
public final class CountyPartition {

    /** The key of rows about no region: failed sign-ins with an unknown user name, system work. */
    public static final String NONE = "000000";

    private static final int DIGITS = 6;

    private CountyPartition() {}

    /** The county of a twelve-digit region code, or {@link #NONE} for none. */
    public static String of(String regionCode) {
        return regionCode == null ? NONE : regionCode.substring(0, DIGITS);
    }

    /**
     * The one county every row under {@code prefix} (a region's significant digits) is filed under, when the prefix
     * reaches county level; a city or province has many.
     */
    public static Optional<String> within(String prefix) {
        return prefix.length() >= DIGITS ? Optional.of(prefix.substring(0, DIGITS)) : Optional.empty();
    }
}
