package org.minzheng.registry.task;

import java.time.LocalDate;

/**
 * A task's outcome as the assistant recorded it, checked.
 *
 * @param followUpOn when to look again; a follow-up task is opened for that day, null for none
 */
record Completion(TaskOutcome outcome, String note, LocalDate followUpOn) {}
