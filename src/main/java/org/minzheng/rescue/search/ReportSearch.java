package org.minzheng.rescue.search;

/** The filters of the missing-report list; empty text means no filter. */
record ReportSearch(String status, String source, String q) {

    String query() {
        return "status=" + status + "&source=" + source + "&q="
                + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
    }
}
