package org.minzheng.policy;

/** Whom a policy is for; labels under {@code policy.target.<NAME>}. */
public enum TargetGroup {
    HOUSEHOLD,
    PERSON,
    CHILD,
    STUDENT,
    ELDERLY,
    DISABLED,
    WORKER;

    public String labelKey() {
        return "policy.target." + name();
    }
}
