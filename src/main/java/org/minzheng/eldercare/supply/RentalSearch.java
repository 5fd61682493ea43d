package org.minzheng.eldercare.supply;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The rental list's filters: part of the elder's or the device's name and the state; empty means any.
 *
 * @param filter ON_LOAN, OVERDUE (on loan past the due day), RETURNED or empty; anything else is read as empty
 */
record RentalSearch(String q, String filter) {

    static final List<String> FILTERS = List.of("ON_LOAN", "OVERDUE", "RETURNED");

    static RentalSearch of(String q, String filter) {
        return new RentalSearch(q == null ? "" : q.strip(), FILTERS.contains(filter) ? filter : "");
    }

    String query() {
        return "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&filter=" + filter;
    }
}
