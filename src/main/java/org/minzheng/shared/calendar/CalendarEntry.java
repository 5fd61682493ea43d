package org.minzheng.shared.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of an official holiday schedule: a day off during a public holiday (including the
 * weekend days inside the break), or a weekend day made a working day (调休上班).
 *
 * @param name the festival the day belongs to, e.g. 春节; may be null
 */
public record CalendarEntry(LocalDate date, Kind kind, String name) {

    public enum Kind {
        /** A day off during a public holiday break (法定节假日及调休放假). */
        HOLIDAY,
        /** A Saturday or Sunday worked to make up for the break (调休上班). */
        WORKDAY
    }

    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (name != null && name.isBlank()) {
            name = null;
        }
    }
}
