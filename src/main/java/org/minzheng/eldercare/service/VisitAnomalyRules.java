package org.minzheng.eldercare.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules that flag a finished visit. A visit is too short when the caregiver stayed less than a share
 * of the item's standard minutes (half by default, a setting); a check-out earlier than the check-in is
 * flagged rather than silently swapped; and a visit that overlaps another visit of the same caregiver
 * means one of the two homes did not get the time it was paid for.
 */
final class VisitAnomalyRules {

    private final double minimumShare;

    VisitAnomalyRules(double minimumShare) {
        if (!(minimumShare > 0 && minimumShare <= 1)) {
            throw new IllegalArgumentException("The minimum share of the standard minutes lies in (0, 1]");
        }
        this.minimumShare = minimumShare;
    }

    /** A visit's reported times. */
    record Interval(long visitId, Instant in, Instant out) {}

    record Finding(AnomalyKind kind, long otherVisitId, long minutes) {}

    /** Minutes below which a visit of this standard length is too short. */
    long minimumMinutes(int standardMinutes) {
        return (long) Math.ceil(standardMinutes * minimumShare);
    }

    /**
     * @param visit the visit just checked out
     * @param standardMinutes the item's standard length
     * @param others the same caregiver's other visits with both times reported
     */
    List<Finding> check(Interval visit, int standardMinutes, List<Interval> others) {
        List<Finding> found = new ArrayList<>();
        if (visit.out().isBefore(visit.in())) {
            found.add(new Finding(
                    AnomalyKind.CHECK_OUT_BEFORE_CHECK_IN,
                    0,
                    Duration.between(visit.out(), visit.in()).toMinutes()));
            return found;
        }
        long minutes = Duration.between(visit.in(), visit.out()).toMinutes();
        if (minutes < minimumMinutes(standardMinutes)) {
            found.add(new Finding(AnomalyKind.TOO_SHORT, 0, minutes));
        }
        for (Interval other : others) {
            if (other.visitId() != visit.visitId()
                    && !other.out().isBefore(other.in())
                    && other.in().isBefore(visit.out())
                    && visit.in().isBefore(other.out())) {
                Instant from = later(visit.in(), other.in());
                Instant to = earlier(visit.out(), other.out());
                found.add(new Finding(
                        AnomalyKind.OVERLAP,
                        other.visitId(),
                        Duration.between(from, to).toMinutes()));
            }
        }
        return found;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
