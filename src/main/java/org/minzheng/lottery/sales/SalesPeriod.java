package org.minzheng.lottery.sales;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The days a figure covers: a calendar month, a week from Monday to Sunday, or any range. The baseline of a period is
 * the same days one year earlier.
 */
public record SalesPeriod(Kind kind, LocalDate start, LocalDate end) {

    public enum Kind {
        MONTH,
        WEEK,
        RANGE
    }

    public SalesPeriod {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A period ends on or after its start");
        }
    }

    public static SalesPeriod month(YearMonth month) {
        return new SalesPeriod(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    /** The Monday-to-Sunday week holding the day. */
    public static SalesPeriod week(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new SalesPeriod(Kind.WEEK, monday, monday.plusDays(6));
    }

    public static SalesPeriod range(LocalDate from, LocalDate to) {
        return from.isAfter(to) ? new SalesPeriod(Kind.RANGE, to, from) : new SalesPeriod(Kind.RANGE, from, to);
    }

    public SalesPeriod baseline() {
        return new SalesPeriod(kind, start.minusYears(1), end.minusYears(1));
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
