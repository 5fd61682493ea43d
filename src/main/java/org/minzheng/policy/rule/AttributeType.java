package org.minzheng.policy.rule;

/** The CEL type of an attribute; money is yuan as a double so that rules read like the policy text. */
public enum AttributeType {
    INT,
    DOUBLE,
    BOOL,
    STRING,
    STRING_LIST
}
