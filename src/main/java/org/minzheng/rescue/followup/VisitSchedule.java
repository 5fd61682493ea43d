package org.minzheng.rescue.followup;

import java.time.LocalDate;

/**
 * How often a returnee is visited, by risk level. Illustrative settings of this city: HIGH every 30 days, MEDIUM every
 * 90, LOW every 180. A returnee not yet assessed is treated as HIGH, so the first visit is never left for half a year.
 */
final class VisitSchedule {

    static final int HIGH_DAYS = 30;
    static final int MEDIUM_DAYS = 90;
    static final int LOW_DAYS = 180;

    private VisitSchedule() {}

    static int intervalDays(RiskLevel level) {
        if (level == null) {
            return HIGH_DAYS;
        }
        return switch (level) {
            case HIGH -> HIGH_DAYS;
            case MEDIUM -> MEDIUM_DAYS;
            case LOW -> LOW_DAYS;
        };
    }

    /**
     * The day the next visit is due: the date the last visitor set, otherwise the interval after the last visit (or
     * after the return when nobody has visited yet).
     */
    static LocalDate nextDue(LocalDate returnedOn, LocalDate lastVisit, LocalDate nextSet, RiskLevel level) {
        if (nextSet != null) {
            return nextSet;
        }
        LocalDate from = lastVisit == null ? returnedOn : lastVisit;
        return from.plusDays(intervalDays(level));
    }
}
