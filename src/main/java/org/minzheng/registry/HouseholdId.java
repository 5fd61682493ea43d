package org.minzheng.registry;

/** Identifies a registered household. */
public record HouseholdId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
