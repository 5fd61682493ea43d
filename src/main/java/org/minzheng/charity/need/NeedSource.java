package org.minzheng.charity.need;

/** Where the figures of a need entry come from. */
enum NeedSource {
    /** Counted from the low-income registry by a recount. */
    REGISTRY,
    /** Entered by township or county staff. */
    STAFF;

    public String messageKey() {
        return "charity.need.source." + name();
    }
}
