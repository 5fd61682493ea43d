package org.minzheng.eldercare.supply;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The order list's filters: part of the elder's or the product's name and the status; empty means any.
 *
 * @param status ORDERED, DELIVERED or empty; anything else is read as empty
 */
record OrderSearch(String q, String status) {

    static final List<String> STATUSES = List.of("ORDERED", "DELIVERED");

    static OrderSearch of(String q, String status) {
        return new OrderSearch(q == null ? "" : q.strip(), STATUSES.contains(status) ? status : "");
    }

    String query() {
        return "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&status=" + status;
    }
}
