package org.minzheng.assistance.recipient;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A month as {@code <input type="month">} sends it, {@code 2026-08}. */
final class MonthField {

    static final String PATTERN = "[0-9]{4}-(0[1-9]|1[0-2])";

    private MonthField() {}

    static Optional<YearMonth> parse(String text) {
        if (text == null || !text.matches(PATTERN)) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(text));
        } catch (DateTimeParseException notAMonth) {
            return Optional.empty();
        }
    }
}
