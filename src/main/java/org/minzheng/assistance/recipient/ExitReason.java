package org.minzheng.assistance.recipient;

/**
 * Why a benefit ends (低保办法 art. 32, 特困办法 art. 24): the legal grounds the household is told of.
 * "Other" needs a note saying what it is.
 */
enum ExitReason {
    DEATH,
    INCOME_ABOVE_STANDARD,
    MOVED_AWAY,
    VOLUNTARY,
    OTHER;

    public String labelKey() {
        return "recipient.exitReason." + name();
    }
}
