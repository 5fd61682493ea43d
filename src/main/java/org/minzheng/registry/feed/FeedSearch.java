package org.minzheng.registry.feed;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The feed list's filters, already checked: empty strings and nulls mean "any".
 *
 * @param from the earliest day the reported fact happened
 * @param matched {@code yes}, {@code no} or empty
 */
record FeedSearch(String kind, String department, LocalDate from, LocalDate until, String matched) {

    static FeedSearch of(String kind, String department, String from, String until, String matched) {
        return new FeedSearch(
                FeedKind.ofSlug(kind).map(FeedKind::name).orElse(""),
                department.matches("[a-z][a-z0-9-]{1,29}") ? department : "",
                date(from),
                date(until),
                matched.equals("yes") || matched.equals("no") ? matched : "");
    }

    private static LocalDate date(String text) {
        try {
            return text.isBlank() || text.length() > 10 ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
