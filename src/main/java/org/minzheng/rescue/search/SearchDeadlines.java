package org.minzheng.rescue.search;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.minzheng.rescue.cases.StayLimit;

/**
 * The time limits of a family search, counted from admission (民政部/公安部 2015): the 寻亲公告 within 24 hours, the
 * request to the police for DNA within 7 working days, and for anyone unidentified more than a month a notice renewed
 * at least every 30 days. Working days are Monday to Friday; public holidays and the weekend days worked in their
 * place are not counted, as the station has no holiday calendar, so a deadline near a holiday is a day or two early.
 *
 * @param firstNotice the first NATIONAL_NOTICE step, or null
 * @param lastNotice the latest NATIONAL_NOTICE step, or null
 * @param firstDna the first DNA step, or null
 * @param active the search is open (flags only matter then)
 */
record SearchDeadlines(
        Instant admittedAt, Instant firstNotice, Instant lastNotice, Instant firstDna, boolean active, Instant now) {

    static final Duration NOTICE_WITHIN = Duration.ofHours(24);
    static final int DNA_WORKING_DAYS = 7;
    static final int NOTICE_REFRESH_DAYS = StayLimit.MONTH_DAYS;

    public Instant noticeDue() {
        return admittedAt.plus(NOTICE_WITHIN);
    }

    public boolean noticeInTime() {
        return firstNotice != null && !firstNotice.isAfter(noticeDue());
    }

    public boolean noticeLate() {
        return firstNotice != null && firstNotice.isAfter(noticeDue());
    }

    /** 公告逾期: 24 hours have passed and no notice yet. */
    public boolean noticeOverdue() {
        return active && firstNotice == null && now.isAfter(noticeDue());
    }

    public LocalDate dnaDue() {
        return workingDaysAfter(admittedAt.atZone(StayLimit.BEIJING).toLocalDate(), DNA_WORKING_DAYS);
    }

    public boolean dnaInTime() {
        return firstDna != null
                && !firstDna.atZone(StayLimit.BEIJING).toLocalDate().isAfter(dnaDue());
    }

    public boolean dnaOverdue() {
        return active && firstDna == null && today().isAfter(dnaDue());
    }

    /** 公告需更新: unidentified more than a month and the latest notice is older than 30 days (or there is none). */
    public boolean noticeRefreshDue() {
        if (!active || StayLimit.daysBetween(admittedAt, now) <= StayLimit.MONTH_DAYS) {
            return false;
        }
        return lastNotice == null || StayLimit.daysBetween(lastNotice, now) > NOTICE_REFRESH_DAYS;
    }

    public boolean anyOverdue() {
        return noticeOverdue() || dnaOverdue() || noticeRefreshDue();
    }

    private LocalDate today() {
        return now.atZone(StayLimit.BEIJING).toLocalDate();
    }

    /** The day {@code days} working days after {@code from}; the day of admission itself does not count. */
    static LocalDate workingDaysAfter(LocalDate from, int days) {
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }
}
