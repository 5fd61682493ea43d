package org.minzheng.charity.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.DataScope;

/**
 * The visibility rule charity records share with projects: a staff member sees the records kept within their
 * area and those kept by the county or city above it, since those cover their area too.
 */
final class CharityScopes {

    static final String VISIBLE_PROJECT = "(p.region_code like :prefix || '%' or p.region_code in (:above))";

    private CharityScopes() {}

    /** The codes of the regions above the scope's root; a placeholder when there are none, as SQL needs one. */
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

    /** The city or county that keeps records entered by staff of {@code region}: its first six digits. */
    static RegionCode keeping(RegionCode region) {
        return RegionCode.of(region.value().substring(0, 6));
    }
}
