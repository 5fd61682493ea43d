package org.minzheng.eldercare.supervision;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * The month a page is about, read from the {@code month} parameter ({@code yyyy-MM}). Missing input means
 * the current month in China; input that is not a month, or lies outside the years the platform can hold
 * data for, also falls back to it and says so, rather than failing the page.
 *
 * @param rejected whether the input was there but unusable
 */
record ReportMonth(YearMonth month, boolean rejected) {

    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}");
    private static final int FIRST_YEAR = 2000;

    static ReportMonth parse(String raw, LocalDate today) {
        YearMonth current = YearMonth.from(today);
        if (raw == null || raw.isBlank()) {
            return new ReportMonth(current, false);
        }
        String input = raw.strip();
        if (!FORM.matcher(input).matches()) {
            return new ReportMonth(current, true);
        }
        int year = Integer.parseInt(input.substring(0, 4));
        int month = Integer.parseInt(input.substring(5));
        if (month < 1
                || month > 12
                || year < FIRST_YEAR
                || YearMonth.of(year, month).isAfter(current.plusYears(1))) {
            return new ReportMonth(current, true);
        }
        return new ReportMonth(YearMonth.of(year, month), false);
    }
}
