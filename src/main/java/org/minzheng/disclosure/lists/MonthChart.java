package org.minzheng.disclosure.lists;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The money of the last twelve months as columns, drawn on the server as inline SVG. Small on purpose:
 * it shows the trend; the table beside it gives the figures.
 */
public record MonthChart(int width, int height, int baseline, List<Column> columns) {

    private static final int WIDTH = 320;
    private static final int PLOT = 110;
    private static final int TOP = 4;
    private static final int LABELS = 20;

    /**
     * @param x left edge of the column
     * @param labelX centre of the slot, where the month's number is written
     * @param current the month the page is about, drawn in the accent colour
     */
    public record Column(
            YearMonth month, long fen, int x, int y, int width, int columnHeight, int labelX, boolean current) {}

    static MonthChart of(YearMonth last, Map<YearMonth, Long> fenByMonth, YearMonth current) {
        int months = 12;
        long largest =
                fenByMonth.values().stream().mapToLong(Long::longValue).max().orElse(0);
        int slot = WIDTH / months;
        int columnWidth = slot - 8;
        int baseline = TOP + PLOT;
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            YearMonth month = last.minusMonths(months - 1L - i);
            long fen = fenByMonth.getOrDefault(month, 0L);
            int height = largest == 0 ? 0 : (int) Math.round((double) fen / largest * PLOT);
            height = fen > 0 ? Math.max(height, 2) : 0;
            columns.add(new Column(
                    month,
                    fen,
                    i * slot + 4,
                    baseline - height,
                    columnWidth,
                    height,
                    i * slot + slot / 2,
                    month.equals(current)));
        }
        return new MonthChart(WIDTH, baseline + LABELS, baseline, List.copyOf(columns));
    }

    public int labelY() {
        return baseline + LABELS - 5;
    }
}
