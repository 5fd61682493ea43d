package org.minzheng.eldercare.assessment;

/** The five ability levels of GB/T 42195-2022, numbered as the standard numbers them. */
enum CapabilityLevel {
    INTACT(0, 90),
    MILD(1, 66),
    MODERATE(2, 46),
    SEVERE(3, 30),
    TOTAL_LOSS(4, 0);

    private final int number;
    private final int lowestTotal;

    CapabilityLevel(int number, int lowestTotal) {
        this.number = number;
        this.lowestTotal = lowestTotal;
    }

    int number() {
        return number;
    }

    /** The level a raw total falls in: 90 intact, 66–89 mild, 46–65 moderate, 30–45 severe, 0–29 total loss. */
    static CapabilityLevel ofTotal(int total) {
        for (CapabilityLevel level : values()) {
            if (total >= level.lowestTotal) {
                return level;
            }
        }
        throw new IllegalArgumentException("A total cannot be negative");
    }

    static CapabilityLevel ofNumber(int number) {
        return values()[number];
    }

    /** One level worse, never beyond total loss. */
    CapabilityLevel raised() {
        return this == TOTAL_LOSS ? TOTAL_LOSS : values()[ordinal() + 1];
    }

    public String messageKey() {
        return "eldercare.assessment.level." + name();
    }
}
