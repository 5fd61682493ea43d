package org.minzheng.policy.monitoring;

import java.time.Instant;

/**
 * One version of a monitoring rule with the rule's identity and switch around it, as the console shows
 * it.
 *
 * @param version the number of this version
 * @param currentVersion the number of the rule's latest version
 * @param demo whether the thresholds were written for the demonstration and await the bureau's figures
 * @param changeNote why this version was written; null for the first
 */
record MonitoringRule(
        long id,
        String code,
        int version,
        int currentVersion,
        boolean active,
        boolean demo,
        RuleSettings settings,
        String changeNote,
        String changedBy,
        Instant changedAt) {

    public boolean isCurrent() {
        return version == currentVersion;
    }
}
