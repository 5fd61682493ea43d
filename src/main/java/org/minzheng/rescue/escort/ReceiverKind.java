package org.minzheng.rescue.escort;

/** Who signed the hand-over form at the destination. */
enum ReceiverKind {
    FAMILY,
    STATION,
    OTHER;

    public String messageKey() {
        return "rescue.escort.receiverKind." + name();
    }
}
