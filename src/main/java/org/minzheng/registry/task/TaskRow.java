package org.minzheng.registry.task;

import java.time.Instant;
import java.time.LocalDate;
import org.minzheng.registry.HouseholdTasks.TaskOrigin;
import org.minzheng.shared.RegionCode;

/** A task as lists and its page show it, with the household it is about. */
public record TaskRow(
        long id,
        long householdId,
        String householdNumber,
        String headName,
        RegionCode village,
        TaskOrigin origin,
        String key,
        String title,
        String detail,
        LocalDate dueOn,
        TaskStatus status,
        TaskOutcome outcome,
        String outcomeNote,
        LocalDate followUpOn,
        Long followUpOf,
        String doneBy,
        Instant doneAt,
        Instant createdAt,
        boolean demo) {

    public boolean open() {
        return status == TaskStatus.OPEN;
    }

    public boolean overdueOn(LocalDate today) {
        return open() && dueOn.isBefore(today);
    }

    public String originKey() {
        return "task.origin." + origin.name();
    }
}
