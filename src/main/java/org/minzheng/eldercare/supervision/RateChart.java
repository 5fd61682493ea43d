package org.minzheng.eldercare.supervision;

import java.util.ArrayList;
import java.util.List;

/**
 * On-time rate per row as horizontal bars on a fixed 0–100 % scale, so rows of different size compare
 * fairly. A row with nothing due yet gets no bar and a dash, as in the table.
 */
record RateChart(int width, int height, List<Bar> bars) {

    static final int WIDTH = 480;
    private static final int FIGURE_ROOM = 70;
    private static final int ROW = 36;
    private static final int BAR = 13;

    record Bar(String label, Double percent, int labelY, int barY, int barWidth, int barHeight, int trackWidth) {

        public int figureX() {
            return trackWidth + 6;
        }
    }

    record Entry(String label, Double percent) {}

    static RateChart of(List<Entry> entries) {
        int room = WIDTH - FIGURE_ROOM;
        List<Bar> bars = new ArrayList<>();
        int top = 0;
        for (Entry entry : entries) {
            int width = entry.percent() == null ? 0 : (int) Math.round(entry.percent() / 100 * room);
            bars.add(new Bar(entry.label(), entry.percent(), top + 14, top + 19, width, BAR, room));
            top += ROW;
        }
        return new RateChart(WIDTH, Math.max(top, 1), List.copyOf(bars));
    }
}
