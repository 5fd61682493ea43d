package org.minzheng.shared.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** A {@code 2026-11} month from a query string; anything else, or a year outside 2000–2100, means the default. */
public final class MonthParameter {

    private MonthParameter() {}

    public static YearMonth parse(String text, YearMonth otherwise) {
        if (text == null || text.isBlank() || text.length() > 7) {
            return otherwise;
        }
        try {
            YearMonth month = YearMonth.parse(text.strip());
            return month.getYear() < 2000 || month.getYear() > 2100 ? otherwise : month;
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }

    /** As {@link #parse}, and a month after {@code latest} means {@code latest} too: nothing to show there yet. */
    public static YearMonth notAfter(String text, YearMonth latest) {
        YearMonth month = parse(text, latest);
        return month.isAfter(latest) ? latest : month;
    }
}
