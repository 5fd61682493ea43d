package org.minzheng.charity.provider;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;

/**
 * Which charity federation keeps a record, and which records a staff member sees: those kept within their scope
 * and those kept by the county or city above them, whose projects cover their area too.
 */
final class Keeping {

    /** SQL condition on a {@code region_code} column aliased {@code alias}; binds {@code :prefix} and {@code :above}. */
    static String visible(String column) {
        return "(" + column + " like :prefix || '%' or " + column + " in (:above))";
    }

    private Keeping() {}

    /** The county (or the city, for city staff) that keeps what a staff member of {@code region} records. */
    static RegionCode regionOf(RegionCode region) {
        return RegionCode.of(region.value().substring(0, 6));
    }

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
}
