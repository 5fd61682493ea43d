package org.minzheng.childwelfare.session;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A session as the therapist enters it: given (DONE, with minutes) or missed (MISSED, with a reason).
 * The rules that depend on each other (minutes only when given, the date window) are checked when saving.
 */
record SessionForm(
        Long childId,
        String therapyCode,
        String outcome,
        Integer minutes,
        String missedReason,
        @Size(max = 500) @PlainText String notes,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {

    static SessionForm on(LocalDate day) {
        return new SessionForm(null, "", "DONE", null, "", "", day);
    }

    boolean missed() {
        return "MISSED".equals(outcome);
    }

    String notesOrNull() {
        return notes == null || notes.isBlank() ? null : notes.strip();
    }
}
