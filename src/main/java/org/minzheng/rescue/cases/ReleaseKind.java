package org.minzheng.rescue.cases;

/** 离站方式: how a stay in the station ended. */
public enum ReleaseKind {
    RETURNED_HOME,
    ESCORTED,
    SETTLED,
    TRANSFERRED,
    LEFT_VOLUNTARILY,
    DIED;

    public String messageKey() {
        return "rescue.case.release." + name();
    }
}
