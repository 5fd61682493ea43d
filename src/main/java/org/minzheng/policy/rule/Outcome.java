package org.minzheng.policy.rule;

/** The three answers a rule gives over partial facts. */
public enum Outcome {
    QUALIFIES,
    DOES_NOT_QUALIFY,
    CANNOT_TELL
}
