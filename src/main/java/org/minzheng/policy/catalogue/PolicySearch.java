package org.minzheng.policy.catalogue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Filters of the catalogue list.
 *
 * @param q part of the code, name, conditions or department name
 * @param department a department code
 * @param category a {@link org.minzheng.policy.PolicyCategory} name
 * @param target a {@link org.minzheng.policy.TargetGroup} name
 * @param status {@code in-force}, {@code not-in-force}, {@code retired}, or blank for all
 */
record PolicySearch(String q, String department, String category, String target, String status) {

    static final String IN_FORCE = "in-force";
    static final String NOT_IN_FORCE = "not-in-force";
    static final String RETIRED = "retired";

    PolicySearch {
        q = q == null ? "" : q.strip();
        department = department == null ? "" : department.strip();
        category = category == null ? "" : category.strip();
        target = target == null ? "" : target.strip();
        status = status == null ? "" : status.strip();
    }

    static PolicySearch all() {
        return new PolicySearch("", "", "", "", "");
    }

    /** Query string of these filters, for pager, sort and export links. */
    public String queryString() {
        return "q=" + enc(q) + "&department=" + enc(department) + "&category=" + enc(category) + "&target="
                + enc(target) + "&status=" + enc(status) + "&";
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
