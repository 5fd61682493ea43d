package org.minzheng.assistance.casework;

import java.time.LocalDate;
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
}
