package org.minzheng.childwelfare.plan;

import java.time.LocalDate;

/** An active plan in the plans list; therapists are the names of those on its schedule. */
record PlanListing(
        long planId,
        long childId,
        String childName,
        LocalDate startsOn,
        LocalDate reviewDueOn,
        int minutesPerWeek,
        String therapists,
        boolean overdue) {}
