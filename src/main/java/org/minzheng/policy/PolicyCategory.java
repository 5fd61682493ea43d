package org.minzheng.policy;

/** What kind of help a policy gives; labels under {@code policy.category.<NAME>}. */
public enum PolicyCategory {
    SUBSISTENCE,
    MEDICAL,
    EDUCATION,
    HOUSING,
    EMPLOYMENT,
    ELDERLY,
    CHILDREN,
    DISABILITY,
    EMERGENCY,
    LEGAL,
    OTHER;

    public String labelKey() {
        return "policy.category." + name();
    }
}
