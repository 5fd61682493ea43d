package org.minzheng.shared;

import java.util.Map;
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

    /**
     * The condition to append to a scoped query's {@code where} clause that names the scope's county, {@code " and
     * <alias>.county_code = :county"} and a line break, or nothing above county level. It is implied by the region condition, but
     * only a named county lets PostgreSQL prune partitions when it plans the statement and Citus route it to one
     * shard. The value comes from {@link #parameter}.
     */
    public static String condition(String alias, String prefix) {
        return within(prefix).isPresent() ? " and " + alias + ".county_code = :county\n" : "";
    }

    /** The {@code :county} parameter of {@link #condition}: none above county level. */
    public static Map<String, Object> parameter(String prefix) {
        return within(prefix)
                .<Map<String, Object>>map(county -> Map.of("county", county))
                .orElse(Map.of());
    }
}
