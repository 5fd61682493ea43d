package org.minzheng.eldercare.supply;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The catalogue's filters: part of the product name and the kind; empty means any.
 *
 * @param kind SALE, RENTAL or empty; anything else is read as empty
 */
record ProductSearch(String q, String kind) {

    static final List<String> KINDS = List.of("SALE", "RENTAL");

    static ProductSearch of(String q, String kind) {
        return new ProductSearch(q == null ? "" : q.strip(), KINDS.contains(kind) ? kind : "");
    }

    /** The filters as a URL query string, for the pager and the export link. */
    String query() {
        return "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&kind=" + kind;
    }
}
