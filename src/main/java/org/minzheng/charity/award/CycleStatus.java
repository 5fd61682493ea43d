package org.minzheng.charity.award;

/** A cycle collects nominations, then reviews them, then publishes its winners; PUBLISHED is final. */
enum CycleStatus {
    NOMINATING,
    REVIEWING,
    PUBLISHED;

    public String messageKey() {
        return "charity.award.status." + name();
    }
}
