package org.minzheng.childwelfare.plan;

import java.time.LocalDate;

/**
 * The figures plans are held to. Reviews at least every 6 months follow MZ/T practice for individual
 * rehabilitation plans; 120 minutes a day is Binzhou's target for a child with a physical disability.
 */
final class PlanRules {

    static final int REVIEW_MONTHS = 6;
    static final int DAILY_TARGET_MINUTES = 120;
    static final int MIN_SESSION_MINUTES = 5;
    static final int MAX_SESSION_MINUTES = 240;

    private PlanRules() {}

    static LocalDate latestReview(LocalDate startsOn) {
        return startsOn.plusMonths(REVIEW_MONTHS);
    }
}
