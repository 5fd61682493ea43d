package org.minzheng.rescue.cases;

/** Where the person is now: in the station, in a designated hospital, or gone. */
public enum CaseStatus {
    IN_CARE,
    IN_HOSPITAL,
    RELEASED;

    public String messageKey() {
        return "rescue.case.status." + name();
    }
}
