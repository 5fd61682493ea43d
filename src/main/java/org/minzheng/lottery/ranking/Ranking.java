package org.minzheng.lottery.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * 擂台制 ranking: highest value first, ties broken by name so every entry has its own place; the last place is
 * flagged for an interview, and the last two when ten or more are ranked. A single entry is not flagged: there is
 * nobody to come last against.
 */
public final class Ranking {

    public static final int TWO_BOTTOM_FROM = 10;

    /** @param previous the same measure a year earlier, when there is one */
    public record Entry(long id, String name, long value, Long previous) {}

    public record Row(int rank, long id, String name, long value, Long previous, boolean bottom) {}

    private Ranking() {}

    public static List<Row> rank(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingLong(Entry::value)
                .reversed()
                .thenComparing(Entry::name)
                .thenComparingLong(Entry::id));
        int flagged = sorted.size() < 2 ? 0 : sorted.size() >= TWO_BOTTOM_FROM ? 2 : 1;
        List<Row> rows = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Entry e = sorted.get(i);
            rows.add(new Row(i + 1, e.id(), e.name(), e.value(), e.previous(), i >= sorted.size() - flagged));
        }
        return rows;
    }
}
