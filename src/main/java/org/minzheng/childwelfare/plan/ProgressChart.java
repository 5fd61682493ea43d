package org.minzheng.childwelfare.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The five domain scores over time as lines on a 0–100 scale, drawn by the page as inline SVG. Points sit
 * at their dates' distance apart, so a gap between assessments shows as a gap.
 */
record ProgressChart(
        int width,
        int height,
        int left,
        int right,
        int top,
        int baseline,
        List<Tick> ticks,
        List<Guide> guides,
        List<Line> lines) {

    private static final int WIDTH = 800;
    private static final int LEFT = 44;
    private static final int RIGHT = 40;
    private static final int TOP = 12;
    private static final int PLOT = 180;
    private static final int LABELS = 24;

    record Tick(int x, LocalDate day) {}

    record Guide(int y, int score) {}

    record Point(int x, int y, int score) {}

    record Line(Domain domain, String points, List<Point> dots) {}

    static ProgressChart of(List<ChildAssessment> assessments) {
        List<ChildAssessment> sorted = assessments.stream()
                .sorted(Comparator.comparing(ChildAssessment::assessedOn).thenComparing(ChildAssessment::id))
                .toList();
        int baseline = TOP + PLOT;
        int span = WIDTH - LEFT - RIGHT;
        List<Integer> xs = new ArrayList<>();
        if (!sorted.isEmpty()) {
            LocalDate first = sorted.get(0).assessedOn();
            long days =
                    ChronoUnit.DAYS.between(first, sorted.get(sorted.size() - 1).assessedOn());
            for (ChildAssessment a : sorted) {
                xs.add(
                        days == 0
                                ? LEFT + span / 2
                                : LEFT
                                        + (int) Math.round(
                                                (double) ChronoUnit.DAYS.between(first, a.assessedOn()) * span / days));
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            ticks.add(new Tick(xs.get(i), sorted.get(i).assessedOn()));
        }
        List<Guide> guides =
                List.of(new Guide(y(0, baseline), 0), new Guide(y(50, baseline), 50), new Guide(y(100, baseline), 100));
        List<Line> lines = new ArrayList<>();
        for (Domain domain : Domain.values()) {
            List<Point> dots = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                int score = sorted.get(i).scores().get(domain.ordinal());
                dots.add(new Point(xs.get(i), y(score, baseline), score));
            }
            String points = dots.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
            lines.add(new Line(domain, points, List.copyOf(dots)));
        }
        return new ProgressChart(
                WIDTH,
                baseline + LABELS,
                LEFT,
                WIDTH - RIGHT,
                TOP,
                baseline,
                List.copyOf(ticks),
                guides,
                List.copyOf(lines));
    }

    private static int y(int score, int baseline) {
        return baseline - (int) Math.round(score * (double) PLOT / 100);
    }

    public int tickY() {
        return baseline + LABELS - 6;
    }

    public boolean empty() {
        return ticks.isEmpty();
    }
}
