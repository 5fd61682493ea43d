package org.minzheng.registry.task;

/** What the village assistant found and did; the code the county reads in statistics, beside a free note. */
public enum TaskOutcome {
    /** Looked: nothing changes for the household. */
    NO_ACTION,
    /** Helped the family apply, or brought it into an assistance programme. */
    ENROLLED,
    /** The household's benefit was adjusted, stopped or ended. */
    ADJUSTED,
    /** Told the family about the policy and how to apply. */
    POLICY_TOLD,
    /** Could not settle it now: needs another visit, so a follow-up date is required. */
    REVISIT;

    public String messageKey() {
        return "task.outcome." + name();
    }

    boolean needsFollowUp() {
        return this == REVISIT;
    }
}
