package org.minzheng.policy.rule;

/**
 * A value that depends on facts nobody has given yet; {@code attributes} is the bit set (by schema
 * index) of those facts. It is not false: a rule that needs it answers "cannot tell yet".
 */
record Unknown(long attributes) {

    Unknown or(Unknown other) {
        return other == null || other.attributes == attributes ? this : new Unknown(attributes | other.attributes);
    }
}
