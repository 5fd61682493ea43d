package org.minzheng.registry;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Work for the village assistant (村居协理员) of a household's village: follow up a warning, tell a family
 * about a policy it qualifies for. Tasks have a deadline, an outcome and a follow-up, and show on the
 * household page and on the assistant's task list.
 */
public interface HouseholdTasks {

    /**
     * Opens a task unless an open one with the same key exists for the household, so a nightly run that
     * finds the same thing again does not pile up duplicates.
     *
     * @return the id of the new task, or of the open one already there
     */
    long open(NewTask task);

    /** Where a task comes from. */
    enum TaskOrigin {
        /** A monitoring rule raised a warning (动态监测预警). */
        WARNING,
        /** 政策找人 screening found a policy the household may qualify for. */
        SCREENING
    }

    /**
     * A task to open.
     *
     * @param key identifies what the task is about within its origin (the warning id, the policy code), so
     *     the same finding opens one task at a time
     * @param title what the assistant reads in the list, in Chinese (the village tier's language)
     * @param detail why: the rule's reasons, the facts that made it fire
     * @param due the deadline
     */
    record NewTask(HouseholdId household, TaskOrigin origin, String key, String title, String detail, LocalDate due) {

        public NewTask {
            Objects.requireNonNull(household, "household");
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(due, "due");
        }
    }
}
