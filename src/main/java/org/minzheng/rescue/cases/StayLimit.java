package org.minzheng.rescue.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * 救助期限: a stay is normally at most {@value #BASE_DAYS} days (实施细则); every extension reported to the higher
 * department adds its days. The thresholds for the stay flags live here and nowhere else; the list's SQL gets them
 * as parameters.
 *
 * @param extraDays the sum of the extensions filed for the case
 */
public record StayLimit(int extraDays) {

    public static final int BASE_DAYS = 10;
    /** 即将超期: this many days or fewer left before the limit. */
    public static final int DUE_SOON_DAYS = 2;
    /** 滞留 applies to an unidentified person beyond the base limit. */
    public static final int STRANDED_AFTER_DAYS = BASE_DAYS;
    /** 满一个月: family-search information is renewed for anyone stranded more than a month. */
    public static final int MONTH_DAYS = 30;
    /** 满三个月: an unidentified person may be given a collective hukou and settled. */
    public static final int SETTLEMENT_AFTER_DAYS = 90;

    /** Days are counted on the Beijing calendar, whatever the server's zone. */
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    public StayLimit {
        if (extraDays < 0) {
            throw new IllegalArgumentException("Extension days cannot be negative");
        }
    }

    public int days() {
        return BASE_DAYS + extraDays;
    }

    /** Whole calendar days between admission and {@code until} (today, or the day of release), in Beijing. */
    public static long daysBetween(Instant admittedAt, Instant until) {
        LocalDate admitted = admittedAt.atZone(BEIJING).toLocalDate();
        LocalDate last = until.atZone(BEIJING).toLocalDate();
        return Math.max(0, ChronoUnit.DAYS.between(admitted, last));
    }

    /** The counter and its flags for a stay of {@code days} days; flags only matter while the person stays. */
    public Stay stay(long days, boolean unidentified, boolean active) {
        return new Stay(days, days(), unidentified, active);
    }

    /**
     * @param days days in the station so far
     * @param limit the limit including extensions
     */
    public record Stay(long days, int limit, boolean unidentified, boolean active) {

        public boolean dueSoon() {
            return active && days <= limit && limit - days <= DUE_SOON_DAYS;
        }

        /** 已超期未报备: beyond the limit and no extension covers the extra days. */
        public boolean overdue() {
            return active && days > limit;
        }

        public boolean stranded() {
            return active && unidentified && days > STRANDED_AFTER_DAYS;
        }

        public boolean monthReached() {
            return active && days > MONTH_DAYS;
        }

        public boolean settlementDue() {
            return active && unidentified && days > SETTLEMENT_AFTER_DAYS;
        }

        public boolean anyFlag() {
            return dueSoon() || overdue() || stranded() || monthReached() || settlementDue();
        }
    }
}
