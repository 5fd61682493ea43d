package org.minzheng.rescue.cases;

/** 健康状况 at intake, which decides whether a designated hospital is needed. */
public enum HealthStatus {
    GOOD,
    ILL,
    INJURED,
    MENTAL,
    DISABLED,
    INFECTIOUS,
    CRITICAL;

    public String messageKey() {
        return "rescue.case.health." + name();
    }
}
