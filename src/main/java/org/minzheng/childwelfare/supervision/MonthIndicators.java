package org.minzheng.childwelfare.supervision;

import java.time.YearMonth;

/**
 * The two institutions' indicators for a month: therapy hours delivered against the target (2 hours a
 * working day for every child with a physical disability in care), goals met, missed sessions, and the
 * satisfaction the two evaluations gave.
 *
 * @param satisfaction the average of the evaluations' satisfaction, or null when none was filled in
 */
record MonthIndicators(
        YearMonth month,
        long deliveredMinutes,
        long targetMinutes,
        int missedSessions,
        int goalsMet,
        int goalsOpen,
        Double satisfaction) {

    public int deliveredPercent() {
        return targetMinutes == 0 ? 0 : (int) Math.round(deliveredMinutes * 100.0 / targetMinutes);
    }

    public String deliveredHours() {
        return String.format(java.util.Locale.ROOT, "%.1f", deliveredMinutes / 60.0);
    }

    public String targetHours() {
        return String.format(java.util.Locale.ROOT, "%.1f", targetMinutes / 60.0);
    }

    public String satisfactionText() {
        return satisfaction == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f", satisfaction);
    }
}
