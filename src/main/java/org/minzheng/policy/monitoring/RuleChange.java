package org.minzheng.policy.monitoring;

import java.time.Instant;

/**
 * One line of a rule's history: a new version of its text, or switching it on or off.
 *
 * @param version the version written, or null for a switch
 * @param active for a switch, whether it was switched on; null for a version
 */
record RuleChange(Integer version, Boolean active, String note, String changedBy, Instant changedAt) {

    public boolean isSwitch() {
        return version == null;
    }
}
