package org.minzheng.childwelfare.plan;

import java.util.ArrayList;
import java.util.List;

/** The minutes a plan schedules on one weekday, measured against the daily target. */
record DailyMinutes(int weekday, int minutes, int target) {

    /** Monday to Friday the target applies; at the weekend only a day with therapy is measured. */
    static List<DailyMinutes> of(List<ScheduleRow> schedule) {
        int[] totals = new int[8];
        schedule.forEach(row -> totals[row.weekday()] += row.minutes());
        List<DailyMinutes> days = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            days.add(new DailyMinutes(day, totals[day], PlanRules.DAILY_TARGET_MINUTES));
        }
        return List.copyOf(days);
    }

    public boolean measured() {
        return weekday <= 5 || minutes > 0;
    }

    public boolean meetsTarget() {
        return minutes >= target;
    }

    public int shortBy() {
        return Math.max(target - minutes, 0);
    }
}
