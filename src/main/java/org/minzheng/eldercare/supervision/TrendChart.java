package org.minzheng.eldercare.supervision;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Six months of one area: visits done as columns on their own scale and the on-time rate as a line on a
 * 0–100 % scale. Small on purpose; the table under it gives the figures.
 */
record TrendChart(int width, int height, int baseline, List<Month> months, String ratePoints) {

    static final int WIDTH = 480;
    private static final int TOP = 18;
    private static final int PLOT = 150;
    private static final int LABELS = 22;

    /**
     * @param rateY where the on-time point sits, or -1 when nothing was due that month
     * @param current the month the page is about
     */
    record Month(
            YearMonth month,
            long done,
            Double percent,
            int x,
            int columnY,
            int columnWidth,
            int columnHeight,
            int centreX,
            int rateY,
            boolean current) {}

    static TrendChart of(Map<YearMonth, ServiceFigures> figures, YearMonth current) {
        long largest =
                figures.values().stream().mapToLong(ServiceFigures::done).max().orElse(0);
        int slot = WIDTH / Math.max(figures.size(), 1);
        int baseline = TOP + PLOT;
        List<Month> months = new ArrayList<>();
        int i = 0;
        for (var entry : figures.entrySet()) {
            ServiceFigures f = entry.getValue();
            int height = VisitsChart.scaled(f.done(), largest, PLOT);
            Double percent = f.onTimePercent();
            int rateY = percent == null ? -1 : baseline - (int) Math.round(percent / 100 * PLOT);
            months.add(new Month(
                    entry.getKey(),
                    f.done(),
                    percent,
                    i * slot + slot / 4,
                    baseline - height,
                    slot / 2,
                    height,
                    i * slot + slot / 2,
                    rateY,
                    entry.getKey().equals(current)));
            i++;
        }
        String points = months.stream()
                .filter(m -> m.rateY() >= 0)
                .map(m -> m.centreX() + "," + m.rateY())
                .collect(Collectors.joining(" "));
        return new TrendChart(WIDTH, baseline + LABELS, baseline, List.copyOf(months), points);
    }

    public int labelY() {
        return baseline + LABELS - 6;
    }

    /** Top of the plot, where the 100 % guide line runs. */
    public int top() {
        return TOP;
    }
}
