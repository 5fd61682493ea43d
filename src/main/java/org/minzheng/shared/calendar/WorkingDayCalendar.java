package org.minzheng.shared.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days (工作日) as the State Council's yearly holiday notice defines them: Monday to
 * Friday unless the day is in a holiday break, plus the weekend days worked in exchange (调休).
 *
 * <p>The schedule is data, not code: the bundled {@code calendar/cn-public-holidays.csv} and an
 * optional file a bureau maintains itself, so next year's notice needs no new release. For a
 * year that neither file covers only the weekend rule applies; callers computing statutory
 * deadlines should check {@link #covers(int)} and warn.
 *
 * <p>Instances are immutable and safe to share.
 */
public final class WorkingDayCalendar {

    static final String BUNDLED_SCHEDULE = "calendar/cn-public-holidays.csv";

    private final Map<LocalDate, CalendarEntry> entries;
    private final Set<Integer> coveredYears;

    /** Later entries for the same date replace earlier ones, so a local file can correct the bundled data. */
    public WorkingDayCalendar(Collection<CalendarEntry> entries) {
        Map<LocalDate, CalendarEntry> byDate = new HashMap<>();
        Set<Integer> years = new TreeSet<>();
        for (CalendarEntry entry : entries) {
            byDate.put(entry.date(), entry);
            years.add(entry.date().getYear());
        }
        this.entries = Map.copyOf(byDate);
        this.coveredYears = Collections.unmodifiableSet(years);
    }

    /**
     * The bundled schedule, extended or corrected by {@code extraFile} (same format, UTF-8).
     *
     * @throws IllegalArgumentException naming the file and line of a malformed row
     * @throws UncheckedIOException if a file cannot be read
     */
    public static WorkingDayCalendar load(Optional<Path> extraFile) {
        List<CalendarEntry> all = new ArrayList<>(bundledEntries());
        extraFile.ifPresent(path -> all.addAll(entriesOf(path)));
        return new WorkingDayCalendar(all);
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarEntry entry = entries.get(date);
        if (entry != null) {
            return entry.kind() == CalendarEntry.Kind.WORKDAY;
        }
        return !HolidayScheduleCsv.isWeekend(date);
    }

    /**
     * The {@code days}-th working day after {@code start}: the last day of a period of "N working
     * days" that begins the day after {@code start} (e.g. the day an application was accepted).
     * Zero days gives {@code start} itself.
     *
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 0) {
            throw new IllegalArgumentException("The number of working days must not be negative");
        }
        LocalDate date = start;
        int remaining = days;
        while (remaining > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                remaining--;
            }
        }
        return date;
    }

    /**
     * Working days in {@code (fromExclusive, toInclusive]}, so that
     * {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}. Negative when {@code toInclusive}
     * lies before {@code fromExclusive}, e.g. how many working days a deadline is overdue.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        int count = 0;
        for (LocalDate date = fromExclusive.plusDays(1); !date.isAfter(toInclusive); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /** The festival a day off belongs to, e.g. 国庆节; empty for ordinary days and make-up working days. */
    public Optional<String> holidayName(LocalDate date) {
        CalendarEntry entry = entries.get(date);
        if (entry == null || entry.kind() != CalendarEntry.Kind.HOLIDAY) {
            return Optional.empty();
        }
        return Optional.ofNullable(entry.name());
    }

    /** Whether the data has any entry in {@code year}, i.e. that year's notice has been loaded. */
    public boolean covers(int year) {
        return coveredYears.contains(year);
    }

    /** Years with at least one entry, in ascending order. */
    public Set<Integer> coveredYears() {
        return coveredYears;
    }

    private static List<CalendarEntry> bundledEntries() {
        InputStream in = WorkingDayCalendar.class.getClassLoader().getResourceAsStream(BUNDLED_SCHEDULE);
        if (in == null) {
            throw new IllegalStateException("The bundled holiday schedule " + BUNDLED_SCHEDULE + " is missing");
        }
        return HolidayScheduleCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED_SCHEDULE);
    }

    private static List<CalendarEntry> entriesOf(Path file) {
        try {
            return HolidayScheduleCsv.read(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read holiday schedule " + file, e);
        }
    }
}
