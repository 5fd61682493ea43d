package org.minzheng.eldercare.supervision;

import java.util.ArrayList;
import java.util.List;

/**
 * Visits planned against visits done, one pair of horizontal bars per row of the table, drawn on the server
 * as inline SVG (no script). Each label sits on a line of its own so long township names need no room beside
 * the bars; both bars share one scale so a gap between them reads as work not done.
 */
record VisitsChart(int width, int height, List<Pair> pairs) {

    static final int WIDTH = 480;
    private static final int FIGURE_ROOM = 70;
    private static final int ROW = 46;
    private static final int BAR = 11;

    /** Geometry of one row: label baseline, the two bars' tops and lengths, and where their figures start. */
    record Pair(
            String label,
            long planned,
            long done,
            int labelY,
            int plannedY,
            int plannedWidth,
            int doneY,
            int doneWidth,
            int barHeight) {

        public int plannedFigureX() {
            return plannedWidth + 6;
        }

        public int doneFigureX() {
            return doneWidth + 6;
        }
    }

    record Entry(String label, long planned, long done) {}

    static VisitsChart of(List<Entry> entries) {
        long largest = entries.stream()
                .mapToLong(e -> Math.max(e.planned(), e.done()))
                .max()
                .orElse(0);
        int room = WIDTH - FIGURE_ROOM;
        List<Pair> pairs = new ArrayList<>();
        int top = 0;
        for (Entry entry : entries) {
            pairs.add(new Pair(
                    entry.label(),
                    entry.planned(),
                    entry.done(),
                    top + 14,
                    top + 19,
                    scaled(entry.planned(), largest, room),
                    top + 19 + BAR + 2,
                    scaled(entry.done(), largest, room),
                    BAR));
            top += ROW;
        }
        return new VisitsChart(WIDTH, Math.max(top, 1), List.copyOf(pairs));
    }

    /** A count above zero stays visible however small beside the largest. */
    static int scaled(long value, long largest, int room) {
        if (value <= 0 || largest <= 0) {
            return 0;
        }
        return Math.max(2, (int) Math.round((double) value / largest * room));
    }
}
