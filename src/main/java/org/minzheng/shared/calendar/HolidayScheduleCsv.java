package org.minzheng.shared.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the holiday schedule format: {@code date,kind,name} rows, {@code #} comment lines, an
 * optional header row. Bureaus edit these files by hand (often in Excel, hence the BOM), so every
 * mistake is reported with its line and none is skipped silently.
 */
final class HolidayScheduleCsv {

    private static final String HEADER = "date,kind,name";

    private HolidayScheduleCsv() {}

    static List<CalendarEntry> read(Reader reader, String source) {
        List<CalendarEntry> entries = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(reader)) {
            String line;
            int lineNumber = 0;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                String text = (lineNumber == 1 ? line.replace("\uFEFF", "") : line).strip();
                if (text.isEmpty() || text.startsWith("#") || text.equalsIgnoreCase(HEADER)) {
                    continue;
                }
                CalendarEntry entry = parse(text, source, lineNumber);
                if (!seen.add(entry.date())) {
                    throw invalid(source, lineNumber, entry.date() + " is listed twice");
                }
                entries.add(entry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read holiday schedule " + source, e);
        }
        return entries;
    }

    private static CalendarEntry parse(String line, String source, int lineNumber) {
        String[] columns = line.split(",", 3);
        if (columns.length < 2) {
            throw invalid(source, lineNumber, "expected date,kind,name");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(columns[0].strip());
        } catch (DateTimeParseException e) {
            throw invalid(source, lineNumber, "the date must look like 2025-10-01");
        }
        CalendarEntry.Kind kind;
        try {
            kind = CalendarEntry.Kind.valueOf(columns[1].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(source, lineNumber, "the kind must be HOLIDAY or WORKDAY");
        }
        if (kind == CalendarEntry.Kind.WORKDAY && !isWeekend(date)) {
            throw invalid(source, lineNumber, date + " is a weekday already; WORKDAY is for weekend days worked");
        }
        String name = columns.length == 3 ? columns[2].strip() : null;
        return new CalendarEntry(date, kind, name);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static IllegalArgumentException invalid(String source, int lineNumber, String problem) {
        return new IllegalArgumentException("Holiday schedule " + source + ", line " + lineNumber + ": " + problem);
    }
}
