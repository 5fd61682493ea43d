package org.minzheng.rescue.followup;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The repeat rate table: per admitting county, per quarter and per year, the cases admitted and the confirmed repeats
 * among them.
 *
 * @param quarters the first day of each quarter shown, oldest first
 * @param counties county code → quarter start → cell
 */
record RepeatRate(List<LocalDate> quarters, Map<String, Map<LocalDate, RateCell>> counties) {

    static List<LocalDate> lastQuarters(LocalDate today, int count) {
        LocalDate current = today.withMonth((today.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1)
                .withDayOfMonth(1);
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> current.minusMonths(3L * (count - 1 - i)))
                .toList();
    }

    /** "2026Q3" for a quarter shown. */
    public String labelOf(LocalDate quarterStart) {
        return label(quarterStart);
    }

    static String label(LocalDate quarterStart) {
        return quarterStart.getYear() + "Q" + quarterStart.get(IsoFields.QUARTER_OF_YEAR);
    }

    public RateCell cell(String county, LocalDate quarter) {
        return counties.getOrDefault(county, Map.of()).getOrDefault(quarter, RateCell.NONE);
    }

    public List<Integer> years() {
        return List.copyOf(
                new TreeSet<>(quarters.stream().map(LocalDate::getYear).toList()));
    }

    /** The year's quarters that are shown, added up. */
    public RateCell year(String county, int year) {
        return quarters.stream()
                .filter(q -> q.getYear() == year)
                .map(q -> cell(county, q))
                .reduce(RateCell.NONE, RateCell::plus);
    }

    /** All counties together for one quarter. */
    public RateCell total(LocalDate quarter) {
        return counties.keySet().stream().map(c -> cell(c, quarter)).reduce(RateCell.NONE, RateCell::plus);
    }

    public RateCell totalYear(int year) {
        return counties.keySet().stream().map(c -> year(c, year)).reduce(RateCell.NONE, RateCell::plus);
    }

    static RepeatRate of(List<LocalDate> quarters, List<Row> rows) {
        Map<String, Map<LocalDate, RateCell>> counties = new LinkedHashMap<>();
        for (Row row : rows) {
            counties.computeIfAbsent(row.county(), c -> new LinkedHashMap<>())
                    .put(row.quarter(), new RateCell(row.admitted(), row.repeats()));
        }
        return new RepeatRate(quarters, counties);
    }

    record Row(String county, LocalDate quarter, long admitted, long repeats) {}
}
