package org.minzheng.policy.monitoring;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Filters of the rule list.
 *
 * @param q part of the code or name
 * @param level a warning level name, or blank for all
 * @param status {@code active}, {@code inactive}, or blank for all
 */
record MonitoringRuleSearch(String q, String level, String status) {

    static final String ACTIVE = "active";
    static final String INACTIVE = "inactive";

    MonitoringRuleSearch {
        q = q == null ? "" : q.strip();
        level = level == null ? "" : level.strip();
        status = status == null ? "" : status.strip();
    }

    /** Query string of these filters, for pager, sort and export links. */
    public String queryString() {
        return "q=" + enc(q) + "&level=" + enc(level) + "&status=" + enc(status) + "&";
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
