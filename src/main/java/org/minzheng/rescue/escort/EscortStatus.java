package org.minzheng.rescue.escort;

/** Where an escort task stands; REQUESTED only while the city station has not yet taken a county's request. */
enum EscortStatus {
    REQUESTED,
    ACCEPTED,
    IN_PROGRESS,
    HANDED_OVER,
    CANCELLED;

    public String messageKey() {
        return "rescue.escort.status." + name();
    }

    boolean open() {
        return this == REQUESTED || this == ACCEPTED || this == IN_PROGRESS;
    }
}
