package org.minzheng.registry.task;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** The completion form of a task page, bound as {@code completion}: its messages are {@code NotNull.completion.outcome} and so on. */
record CompletionForm(
        @NotNull TaskOutcome outcome,

        @Size(max = 500, message = "{task.form.note.tooLong}") @PlainText
        String note,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate followUpOn) {

    static CompletionForm empty() {
        return new CompletionForm(null, "", null);
    }

    Completion completion() {
        return new Completion(outcome, note == null || note.isBlank() ? null : note.strip(), followUpOn);
    }
}
