package org.minzheng.eldercare.service;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** A {@code 2026-11} month from a query string; anything else means the default month. */
final class MonthParameter {

    private MonthParameter() {}

    static YearMonth parse(String text, YearMonth otherwise) {
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
}
