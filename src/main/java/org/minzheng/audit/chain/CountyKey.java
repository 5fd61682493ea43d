package org.minzheng.audit.chain;

import java.util.Optional;

/**
 * The county an audit entry is filed under, the key the log is partitioned by: the first six digits of the
 * entry's region code. It is derived, so the hash chain leaves it out.
 */
public final class CountyKey {

    /** For entries about no region: failed sign-ins with an unknown user name, system work. */
    static final String NONE = "000000";

    private static final int DIGITS = 6;

    private CountyKey() {}

    static String of(String regionCode) {
        return regionCode == null ? NONE : regionCode.substring(0, DIGITS);
    }

    /**
     * The one county every entry under {@code prefix} (a region's significant digits) is filed under, when the
     * prefix reaches county level; a city or province has many.
     */
    public static Optional<String> within(String prefix) {
        return prefix.length() >= DIGITS ? Optional.of(prefix.substring(0, DIGITS)) : Optional.empty();
    }
}
