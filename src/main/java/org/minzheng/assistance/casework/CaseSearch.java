package org.minzheng.assistance.casework;

/**
 * What the inbox is filtered by, already resolved to SQL parameters.
 *
 * @param status a {@link org.minzheng.assistance.CaseStatus} name, empty for any
 * @param programme a {@link org.minzheng.assistance.Programme} name, empty for any
 * @param village one village's code, empty for all in scope
 * @param overdue only cases whose deadline has passed
 */
record CaseSearch(String status, String programme, String village, boolean overdue) {

    String query() {
        return "status=" + status + "&programme=" + programme + "&village=" + village + "&overdue=" + overdue + "&";
    }
}
