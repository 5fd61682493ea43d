package org.minzheng.rescue.cases;

/** 身份状态: what the station knows of who the person is. */
public enum IdentityStatus {
    SELF_REPORTED,
    VERIFIED,
    UNKNOWN;

    public String messageKey() {
        return "rescue.case.identity." + name();
    }
}
