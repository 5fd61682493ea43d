package org.minzheng.registry.task;

/**
 * A village assistant recorded a task's outcome. The warning that opened it closes in the same transaction,
 * or, when the assistant asked to look again, waits for the follow-up task instead.
 *
 * @param followUpTaskId the follow-up task opened with the outcome, null when none
 */
public record HouseholdTaskDone(long taskId, long householdId, Long followUpTaskId) {}
