package org.minzheng.rescue.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class StayLimitTests {

    private static Instant beijing(String time) {
        return LocalDateTime.parse(time).atZone(StayLimit.BEIJING).toInstant();
    }

    private static StayLimit.Stay stay(long days, int extra, boolean unidentified) {
        return new StayLimit(extra).stay(days, unidentified, true);
    }

    @Test
    void theLimitIsTenDaysPlusEveryExtension() {
        assertThat(new StayLimit(0).days()).isEqualTo(10);
        assertThat(new StayLimit(25).days()).isEqualTo(35);
        assertThatThrownBy(() -> new StayLimit(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void daysAreCountedOnTheBeijingCalendar() {
        // 23:30 and 00:30 Beijing are the same UTC day but two Beijing days
        assertThat(StayLimit.daysBetween(beijing("2026-03-01T23:30"), beijing("2026-03-02T00:30")))
                .isEqualTo(1);
        assertThat(StayLimit.daysBetween(beijing("2026-03-01T00:10"), beijing("2026-03-01T23:50")))
                .isZero();
        assertThat(StayLimit.daysBetween(beijing("2026-02-20T08:00"), beijing("2026-03-02T08:00")))
                .isEqualTo(10);
    }

    @Test
    void dueSoonWithinTwoDaysOfTheLimitAndOverdueBeyondIt() {
        assertThat(stay(7, 0, false).dueSoon()).isFalse();
        assertThat(stay(8, 0, false).dueSoon()).isTrue();
        assertThat(stay(10, 0, false).dueSoon()).isTrue();
        assertThat(stay(10, 0, false).overdue()).isFalse();
        assertThat(stay(11, 0, false).overdue()).isTrue();
        assertThat(stay(11, 0, false).dueSoon()).isFalse();
    }

    @Test
    void anExtensionCoversTheExtraDays() {
        assertThat(stay(11, 5, false).overdue()).isFalse();
        assertThat(stay(15, 5, false).overdue()).isFalse();
        assertThat(stay(15, 5, false).dueSoon()).isTrue();
        assertThat(stay(16, 5, false).overdue()).isTrue();
    }

    @Test
    void strandedIsUnidentifiedForMoreThanTenDays() {
        assertThat(stay(10, 30, true).stranded()).isFalse();
        assertThat(stay(11, 30, true).stranded()).isTrue();
        assertThat(stay(11, 30, false).stranded()).isFalse();
    }

    @Test
    void aMonthIsMoreThanThirtyDays() {
        assertThat(stay(30, 60, false).monthReached()).isFalse();
        assertThat(stay(31, 60, false).monthReached()).isTrue();
    }

    @Test
    void settlementIsDueForTheUnidentifiedAfterNinetyDays() {
        assertThat(stay(90, 100, true).settlementDue()).isFalse();
        assertThat(stay(91, 100, true).settlementDue()).isTrue();
        assertThat(stay(91, 100, false).settlementDue()).isFalse();
    }

    @Test
    void aReleasedStayCarriesNoFlags() {
        StayLimit.Stay released = new StayLimit(0).stay(120, true, false);
        assertThat(released.anyFlag()).isFalse();
        assertThat(released.days()).isEqualTo(120);
    }
}
