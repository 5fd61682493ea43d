package org.minzheng.policy.catalogue;

/** Where a policy stands today, as the console's list and badges show it; labels {@code policy.status.<NAME>}. */
enum PolicyStatus {
    /** a version applies today: citizens see it */
    IN_FORCE("ok"),
    /** its current version takes effect later */
    PENDING("level"),
    /** its versions have all ended */
    ENDED("bad"),
    /** taken out of the catalogue by an administrator */
    RETIRED("bad");

    private final String badge;

    PolicyStatus(String badge) {
        this.badge = badge;
    }

    public String labelKey() {
        return "policy.status." + name();
    }

    /** The CSS badge class that colours the status. */
    public String badge() {
        return badge;
    }
}
