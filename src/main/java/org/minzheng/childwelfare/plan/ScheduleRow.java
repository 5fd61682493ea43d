package org.minzheng.childwelfare.plan;

/** One line of the weekly schedule: weekday 1 (Monday) … 7 (Sunday); therapist may be unassigned. */
record ScheduleRow(
        long id,
        int weekday,
        String therapyCode,
        String therapyZh,
        String therapyEn,
        int minutes,
        Long therapistId,
        String therapistName) {}
