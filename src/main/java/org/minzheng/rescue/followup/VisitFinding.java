package org.minzheng.rescue.followup;

/** What the visitor found; DIED ends the follow-up. */
enum VisitFinding {
    STABLE,
    IMPROVING,
    AT_RISK,
    WANDERING,
    MOVED,
    DIED,
    NOT_FOUND;

    public String messageKey() {
        return "rescue.followup.finding." + name();
    }

    public boolean worrying() {
        return this == AT_RISK || this == WANDERING || this == NOT_FOUND;
    }
}
