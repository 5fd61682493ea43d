package org.minzheng.disclosure.lists;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn on the server as inline SVG: no script, no library, and readable on a phone
 * because each bar has its label on a line of its own above it and its figure written beside it. Geometry
 * is in the SVG's own units; the picture scales to the width of the page.
 */
public record BarChart(int width, int height, List<Bar> bars) {

    static final int WIDTH = 320;
    /** Room to the right of the longest bar for its figure, e.g. "¥1,234,567.00". */
    private static final int FIGURE_ROOM = 122;

    private static final int LABEL_LINE = 21;
    private static final int BAR_HEIGHT = 20;
    private static final int ROW = 56;

    /**
     * @param labelY baseline of the label
     * @param barY top of the bar
     * @param figureX where the figure starts, just after the bar
     */
    public record Bar(String label, String figure, int labelY, int barY, int barWidth, int figureX, int barHeight) {}

    /** One bar per entry, scaled so that the largest value takes the full width. */
    static BarChart of(List<Entry> entries) {
        long largest = entries.stream().mapToLong(Entry::value).max().orElse(0);
        int room = WIDTH - FIGURE_ROOM;
        List<Bar> bars = new ArrayList<>();
        int top = 0;
        for (Entry entry : entries) {
            int width = largest == 0 ? 0 : (int) Math.round((double) entry.value() / largest * room);
            // a paid amount, however small, stays visible
            width = entry.value() > 0 ? Math.max(width, 2) : 0;
            bars.add(new Bar(
                    entry.label(),
                    entry.figure(),
                    top + LABEL_LINE - 4,
                    top + LABEL_LINE,
                    width,
                    width + 6,
                    BAR_HEIGHT));
            top += ROW;
        }
        return new BarChart(WIDTH, Math.max(top - (ROW - LABEL_LINE - BAR_HEIGHT) + 2, 1), List.copyOf(bars));
    }

    /** What one bar shows: its label, the value that sets its length and the figure written beside it. */
    record Entry(String label, long value, String figure) {}
}
