package org.minzheng.rescue.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.minzheng.rescue.cases.StayLimit;

class SearchDeadlinesTests {

    /** Friday 2026-11-27, 10:00 in Beijing. */
    private static final Instant FRIDAY =
            LocalDateTime.of(2026, 11, 27, 10, 0).atZone(StayLimit.BEIJING).toInstant();

    @Test
    void dnaRequestOfAFridayAdmissionIsDueSevenWorkingDaysLaterSkippingTwoWeekends() {
        var deadlines = new SearchDeadlines(FRIDAY, null, null, null, true, FRIDAY);

        // Mon 30, Tue 1, Wed 2, Thu 3, Fri 4, Mon 7, Tue 8
        assertThat(deadlines.dnaDue()).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void dnaIsOverdueOnlyAfterTheDueDayWithoutADnaStep() {
        Instant dueDay =
                LocalDateTime.of(2026, 12, 8, 18, 0).atZone(StayLimit.BEIJING).toInstant();
        Instant dayAfter = dueDay.plus(Duration.ofDays(1));

        assertThat(new SearchDeadlines(FRIDAY, null, null, null, true, dueDay).dnaOverdue())
                .isFalse();
        assertThat(new SearchDeadlines(FRIDAY, null, null, null, true, dayAfter).dnaOverdue())
                .isTrue();
        assertThat(new SearchDeadlines(FRIDAY, null, null, dueDay, true, dayAfter).dnaOverdue())
                .isFalse();
        assertThat(new SearchDeadlines(FRIDAY, null, null, dueDay, true, dayAfter).dnaInTime())
                .isTrue();
    }

    @Test
    void noticeIsOverdueAfterTwentyFourHoursWithoutOneAndInTimeWhenPublishedWithin() {
        Instant justBefore = FRIDAY.plus(Duration.ofHours(23));
        Instant after = FRIDAY.plus(Duration.ofHours(25));

        assertThat(new SearchDeadlines(FRIDAY, null, null, null, true, justBefore).noticeOverdue())
                .isFalse();
        assertThat(new SearchDeadlines(FRIDAY, null, null, null, true, after).noticeOverdue())
                .isTrue();
        var inTime = new SearchDeadlines(FRIDAY, justBefore, justBefore, null, true, after);
        assertThat(inTime.noticeOverdue()).isFalse();
        assertThat(inTime.noticeInTime()).isTrue();
        var late = new SearchDeadlines(FRIDAY, after, after, null, true, after.plus(Duration.ofHours(1)));
        assertThat(late.noticeLate()).isTrue();
        assertThat(late.noticeOverdue()).isFalse();
    }

    @Test
    void noticeMustBeRenewedForAPersonUnidentifiedMoreThanAMonthWhenTheLastIsOlderThanThirtyDays() {
        Instant firstNotice = FRIDAY.plus(Duration.ofHours(5));
        Instant day45 = FRIDAY.plus(Duration.ofDays(45));
        Instant day20 = FRIDAY.plus(Duration.ofDays(20));

        assertThat(new SearchDeadlines(FRIDAY, firstNotice, firstNotice, null, true, day45).noticeRefreshDue())
                .isTrue();
        assertThat(new SearchDeadlines(FRIDAY, firstNotice, firstNotice, null, true, day20).noticeRefreshDue())
                .isFalse();
        Instant renewed = FRIDAY.plus(Duration.ofDays(32));
        assertThat(new SearchDeadlines(FRIDAY, firstNotice, renewed, null, true, day45).noticeRefreshDue())
                .isFalse();
        assertThat(new SearchDeadlines(FRIDAY, firstNotice, firstNotice, null, false, day45).noticeRefreshDue())
                .isFalse();
    }

    @Test
    void staffRegionGivesTheKeepingStationsRegion() {
        assertThat(FamilySearchService.keepingRegion(org.minzheng.shared.RegionCode.of("3716")))
                .isEqualTo("371600000000");
        assertThat(FamilySearchService.keepingRegion(org.minzheng.shared.RegionCode.of("371602005")))
                .isEqualTo("371602000000");
    }
}
