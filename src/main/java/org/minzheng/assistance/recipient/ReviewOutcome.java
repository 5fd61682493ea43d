package org.minzheng.assistance.recipient;

/**
 * What a periodic review (低保办法 art. 31) found. Only {@link #UNCHANGED} is the reviewer's alone;
 * the others change the benefit and are county decisions.
 */
enum ReviewOutcome {
    UNCHANGED,
    AMOUNT_CHANGED,
    SUSPENDED,
    EXITED;

    public boolean changesTheBenefit() {
        return this != UNCHANGED;
    }

    public String labelKey() {
        return "recipient.outcome." + name();
    }
}
