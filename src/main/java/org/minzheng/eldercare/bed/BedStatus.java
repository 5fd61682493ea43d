package org.minzheng.eldercare.bed;

/**
 * Where a 家庭养老床位 stands: drafted, adaptation planned, works ordered, and active once the township accepted.
 * A bed not yet active may be cancelled; an active bed is closed when its service ends. Both are final.
 */
enum BedStatus {
    DRAFT,
    PLANNED,
    WORKS_ORDERED,
    ACTIVE,
    CANCELLED,
    CLOSED;

    public String messageKey() {
        return "eldercare.bed.status." + name();
    }

    /** Cancelled and closed beds allow no further step and no longer count as the elder's bed. */
    public boolean ended() {
        return this == CANCELLED || this == CLOSED;
    }

    public boolean cancellable() {
        return this == DRAFT || this == PLANNED || this == WORKS_ORDERED;
    }
}
