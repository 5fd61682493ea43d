package org.minzheng.assistance.recipient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.minzheng.assistance.Programme;

/**
 * The filters and order of the recipients list, already checked: unknown values are dropped, so
 * what reaches SQL is a known code or empty, and the order is one of a few fixed columns.
 *
 * @param name part of the head's name
 * @param review {@code due} for reviews due within {@value #DUE_WITHIN_DAYS} days or overdue, {@code overdue} for overdue only
 * @param sort {@code start}, {@code amount} or {@code review}
 */
record RecipientSearch(
        String programme, String status, String village, String name, String review, String sort, boolean ascending) {

    static final int DUE_WITHIN_DAYS = 30;
    static final int MAX_NAME = 20;

    private static final Map<String, String> ORDER_COLUMNS =
            Map.of("start", "r.start_month", "amount", "r.amount_fen", "review", "r.next_review_due");

    static RecipientSearch of(
            String programme, String status, String village, String name, String review, String sort, String dir) {
        String knownProgramme = Arrays.stream(Programme.values())
                .map(Enum::name)
                .filter(programme::equals)
                .findFirst()
                .orElse("");
        String knownStatus = Arrays.stream(RecipientStatus.values())
                .map(Enum::name)
                .filter(status::equals)
                .findFirst()
                .orElse("");
        String knownVillage = village.matches("[0-9]{12}") ? village : "";
        String strippedName = name.strip();
        String knownName = strippedName.length() > MAX_NAME ? strippedName.substring(0, MAX_NAME) : strippedName;
        String knownReview = review.equals("due") || review.equals("overdue") ? review : "";
        String knownSort = ORDER_COLUMNS.containsKey(sort) ? sort : "start";
        return new RecipientSearch(
                knownProgramme, knownStatus, knownVillage, knownName, knownReview, knownSort, dir.equals("asc"));
    }

    /** The review tasks: due within the window or overdue, the most urgent first. */
    static RecipientSearch reviewTasks() {
        return new RecipientSearch("", "", "", "", "due", "review", true);
    }

    String orderBy() {
        return ORDER_COLUMNS.get(sort) + (ascending ? " asc nulls last" : " desc nulls last") + ", r.id desc";
    }

    /** The filters as a query string without the order, e.g. {@code programme=DIBAO&name=%E7%8E%8B}. */
    String filters() {
        StringBuilder query = new StringBuilder();
        append(query, "programme", programme);
        append(query, "status", status);
        append(query, "village", village);
        append(query, "name", name);
        append(query, "review", review);
        return query.toString();
    }

    /** Filters and order: for the pager and the export. */
    public String query() {
        String filters = filters();
        return (filters.isEmpty() ? "" : filters + "&") + "sort=" + sort + "&dir=" + (ascending ? "asc" : "desc");
    }

    /** The link of a column heading: sorts by it, or turns the order round when it already sorts by it. */
    public String sortedBy(String column) {
        boolean nextAscending = column.equals(sort) && !ascending;
        String filters = filters();
        return "?" + (filters.isEmpty() ? "" : filters + "&") + "sort=" + column + "&dir="
                + (nextAscending ? "asc" : "desc");
    }

    /** CSS class of a column heading: {@code sort asc}, {@code sort desc}, or plain {@code sort}. */
    public String sortClass(String column) {
        return column.equals(sort) ? (ascending ? "sort asc" : "sort desc") : "sort";
    }

    public boolean filtered() {
        return !filters().isEmpty();
    }

    private static void append(StringBuilder query, String key, String value) {
        if (!value.isEmpty()) {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(key).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
