package org.minzheng.registry.task;

import org.minzheng.registry.HouseholdTasks.TaskOrigin;

/**
 * The task list's filters, already checked: empty strings mean "any".
 *
 * @param state {@code open}, {@code overdue}, {@code done} or empty for all
 * @param region a township or village code within the staff member's scope, or empty
 */
record TaskSearch(String state, String origin, String region) {

    static final String OPEN = "open";
    static final String OVERDUE = "overdue";
    static final String DONE = "done";

    static TaskSearch of(String state, String origin, String region) {
        String knownState =
                switch (state) {
                    case OPEN, OVERDUE, DONE, "" -> state;
                    default -> "";
                };
        String knownOrigin = "";
        for (TaskOrigin o : TaskOrigin.values()) {
            if (o.name().equals(origin)) {
                knownOrigin = origin;
            }
        }
        return new TaskSearch(knownState, knownOrigin, region.matches("[0-9]{12}") ? region : "");
    }

    /** The prefix the region filter narrows to: a township's first nine digits, a village's twelve. */
    String regionPrefix() {
        if (region.isEmpty()) {
            return "";
        }
        return region.endsWith("000") ? region.substring(0, 9) : region;
    }
}
