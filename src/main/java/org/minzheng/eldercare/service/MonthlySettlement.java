package org.minzheng.eldercare.service;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a provider is owed for a month: each delivered visit at the price in the plan. A visit the rules
 * flagged is held back until a supervisor finds it valid, and a missed or cancelled visit earns nothing,
 * so the amount never exceeds the planned packages.
 */
record MonthlySettlement(List<Line> lines) {

    /** One bed's plan. */
    record Line(long planId, int plannedVisits, int deliveredVisits, long plannedFen, long payableFen) {}

    MonthlySettlement {
        lines = List.copyOf(lines);
    }

    static MonthlySettlement of(List<VisitCharge> visits) {
        Map<Long, long[]> byPlan = new TreeMap<>();
        for (VisitCharge visit : visits) {
            if (!visit.planned()) {
                continue;
            }
            long[] sums = byPlan.computeIfAbsent(visit.planId(), id -> new long[4]);
            sums[0]++;
            sums[2] += visit.unitPriceFen();
            if (visit.delivered()) {
                sums[1]++;
                sums[3] += visit.unitPriceFen();
            }
        }
        return new MonthlySettlement(byPlan.entrySet().stream()
                .map(e -> new Line(
                        e.getKey(), (int) e.getValue()[0], (int) e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .toList());
    }

    public int plannedVisits() {
        return lines.stream().mapToInt(Line::plannedVisits).sum();
    }

    public int deliveredVisits() {
        return lines.stream().mapToInt(Line::deliveredVisits).sum();
    }

    public long plannedFen() {
        return lines.stream().mapToLong(Line::plannedFen).sum();
    }

    public long payableFen() {
        return lines.stream().mapToLong(Line::payableFen).sum();
    }
}
