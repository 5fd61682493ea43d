package org.minzheng.rescue.followup;

/** The filters of the returnee list; blanks mean "any". */
record ReturneeSearch(String q, String county, String risk, String status, boolean overdue, boolean noPlan) {

    String query() {
        return "q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8) + "&county=" + county
                + "&risk=" + risk + "&status=" + status + "&overdue=" + (overdue ? "true" : "") + "&noPlan="
                + (noPlan ? "true" : "");
    }

    static String orNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
