package org.minzheng.registry.warning;

import org.minzheng.registry.Warnings.WarningLevel;

/**
 * The warning list's filters, already checked: empty strings mean "any".
 *
 * @param region a township or village code within the staff member's scope, or empty
 * @param state {@code open} (the default), {@code overdue}, {@code closed} or empty for all
 */
record WarningSearch(String region, String level, String state, String rule) {

    static final String OPEN = "open";

    static WarningSearch of(String region, String level, String state, String rule) {
        String knownLevel = "";
        for (WarningLevel l : WarningLevel.values()) {
            if (l.name().equals(level)) {
                knownLevel = level;
            }
        }
        String knownState =
                switch (state) {
                    case OPEN, "overdue", "closed", "all" -> state;
                    default -> OPEN;
                };
        return new WarningSearch(
                region.matches("[0-9]{12}") ? region : "",
                knownLevel,
                knownState,
                rule.matches("[A-Za-z0-9_.:-]{1,60}") ? rule : "");
    }

    /** The prefix the region filter narrows to: a township's first nine digits, a village's twelve. */
    String regionPrefix() {
        if (region.isEmpty()) {
            return "";
        }
        return region.endsWith("000") ? region.substring(0, 9) : region;
    }
}
