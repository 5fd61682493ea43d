package org.minzheng.assistance.recipient;

/**
 * How often a recipient household is reviewed (低保办法 art. 31): yearly when its situation changes
 * little, every six months when its income is unstable and members are able to work.
 */
public enum ReviewCycle {
    YEARLY(12),
    HALF_YEARLY(6);

    private final int months;

    ReviewCycle(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    public String labelKey() {
        return "recipient.cycle." + name();
    }
}
