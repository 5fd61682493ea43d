package org.minzheng.charity.donation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;

/**
 * Money records are kept by a city or a county (its charity federation): a staff member's records belong to
 * their county, city staff's to the city. Staff see their own area's records and those kept above them, as
 * for projects, but change only records their scope covers.
 */
final class KeepingRegion {

    static final String VISIBLE = "(%1$s.region_code like :prefix || '%%' or %1$s.region_code in (:above))";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private KeepingRegion() {}

    /** The city or county that keeps what a staff member of {@code region} records. */
    static RegionCode of(RegionCode region) {
        return RegionCode.of(region.value().substring(0, 6) + "000000");
    }

    /** The visibility condition on the table aliased {@code alias}, with parameters prefix and above. */
    static String visible(String alias) {
        return VISIBLE.formatted(alias);
    }

    /** The codes of the regions above the scope's root, whose records cover the staff member's area. */
    static List<String> above(DataScope scope) {
        List<String> codes = new ArrayList<>();
        Optional<RegionCode> parent = scope.root().parent();
        while (parent.isPresent()) {
            codes.add(parent.get().value());
            parent = parent.get().parent();
        }
        if (codes.isEmpty()) {
            codes.add("-");
        }
        return codes;
    }

    static boolean changeable(DataScope scope, String regionCode) {
        return scope.covers(RegionCode.of(regionCode));
    }

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }
}
