package org.minzheng.rescue.followup;

/** Per home county: how the follow-up of its returnees stands. */
record ReturneeCountyFigures(
        String county,
        long returnees,
        long assessed,
        long highRisk,
        long withActivePlan,
        long visitedLately,
        long wanderedAgain) {}
