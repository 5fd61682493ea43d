package org.minzheng.staff.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Filters of the account list.
 *
 * @param q part of the user name or display name
 * @param region a region code within the viewer's scope; its subtree is listed
 * @param role a role code
 * @param status {@code enabled}, {@code disabled}, {@code locked} or blank for all
 */
public record AccountSearch(String q, String region, String role, String status) {

    public AccountSearch {
        q = q == null ? "" : q.strip();
        region = region == null ? "" : region.strip();
        role = role == null ? "" : role.strip();
        status = status == null ? "" : status.strip();
    }

    /** Query string of these filters, for pager and sort links. */
    public String queryString() {
        return "q=" + enc(q) + "&region=" + enc(region) + "&role=" + enc(role) + "&status=" + enc(status) + "&";
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
