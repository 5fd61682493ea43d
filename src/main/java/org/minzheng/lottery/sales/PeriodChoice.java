package org.minzheng.lottery.sales;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The period the visitor asked for in the query string: kind MONTH with month=2026-10, WEEK with week=any day of it,
 * RANGE with from/to. Anything unreadable falls back to the month of yesterday.
 */
public record PeriodChoice(String kind, String month, String week, String from, String to) {

    public SalesPeriod period(LocalDate yesterday) {
        try {
            return switch (kind == null ? "" : kind) {
                case "WEEK" -> SalesPeriod.week(LocalDate.parse(week));
                case "RANGE" -> SalesPeriod.range(LocalDate.parse(from), LocalDate.parse(to));
                default -> SalesPeriod.month(YearMonth.parse(month));
            };
        } catch (DateTimeParseException | NullPointerException e) {
            return SalesPeriod.month(YearMonth.from(yesterday));
        }
    }

    /** The choice that selects a period, for links and the form. */
    public static PeriodChoice of(SalesPeriod period) {
        return new PeriodChoice(
                period.kind().name(),
                YearMonth.from(period.start()).toString(),
                period.start().toString(),
                period.start().toString(),
                period.end().toString());
    }

    public String query() {
        return "kind=" + kind + "&month=" + month + "&week=" + week + "&from=" + from + "&to=" + to;
    }
}
