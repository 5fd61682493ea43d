package org.minzheng.assistance.casework;

import java.time.LocalDate;
import org.minzheng.assistance.Programme;
import org.minzheng.shared.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/** The deadlines a case runs against, counted in working days on the project calendar. */
@Component
class CaseDeadlines {

    /**
     * 《最低生活保障审核确认办法》 sets no figure for acceptance itself; three working days is the
     * bureau's service promise (an assumption until Binzhou's rule is confirmed), so that a case no
     * tier picks up still shows as overdue.
     */
    static final int ACCEPTANCE_DAYS = 3;

    /** The household investigation starts within 3 working days of acceptance (低保办法 art. 15). */
    static final int INVESTIGATION_START_DAYS = 3;

    /** The whole procedure, from acceptance: 30 working days, 45 after an objection (art. 22). */
    static final int TOTAL_DAYS = 30;

    static final int EXTENDED_TOTAL_DAYS = 45;

    /** The public notice of the initial opinion runs 7 calendar days (低保办法 art. 19; 特困办法 art. 15). */
    static final int NOTICE_DAYS = 7;

    /** The county's opinion after the file arrives: 10 working days for 低保 (art. 20), 15 for 特困. */
    static final int COUNTY_DAYS_DIBAO = 10;

    static final int COUNTY_DAYS_TEKUN = 15;

    private final WorkingDayCalendar calendar;

    CaseDeadlines(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    LocalDate acceptanceDue(LocalDate submitted) {
        return calendar.plusWorkingDays(submitted, ACCEPTANCE_DAYS);
    }

    LocalDate investigationDue(LocalDate accepted) {
        return calendar.plusWorkingDays(accepted, INVESTIGATION_START_DAYS);
    }

    LocalDate finalDue(LocalDate accepted) {
        return calendar.plusWorkingDays(accepted, TOTAL_DAYS);
    }

    LocalDate extendedFinalDue(LocalDate accepted) {
        return calendar.plusWorkingDays(accepted, EXTENDED_TOTAL_DAYS);
    }

    /** The last day of a notice posted on {@code posted}. */
    static LocalDate noticeUntil(LocalDate posted) {
        return posted.plusDays(NOTICE_DAYS - 1L);
    }

    /** The county decides within its days counted from the day after the notice ended. */
    LocalDate countyDue(LocalDate noticeUntil, Programme programme) {
        return calendar.plusWorkingDays(
                noticeUntil, programme == Programme.TEKUN ? COUNTY_DAYS_TEKUN : COUNTY_DAYS_DIBAO);
    }
}
