package org.minzheng.policy.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import org.minzheng.policy.Department;

/**
 * One version of a policy with the policy's life cycle around it, as the console shows it.
 *
 * @param version the number of this version
 * @param currentVersion the number of the policy's latest version
 * @param changeNote why this version was written; {@code null} for the first
 * @param status the policy's standing today, whichever version this is
 */
record PolicyVersion(
        long id,
        String code,
        Department department,
        int version,
        int currentVersion,
        PolicyContent content,
        String changeNote,
        String changedBy,
        Instant changedAt,
        PolicyStatus status,
        LocalDate retiredOn,
        String retiredReason,
        String retiredBy,
        boolean demo) {

    public boolean isCurrent() {
        return version == currentVersion;
    }

    public boolean isRetired() {
        return retiredOn != null;
    }

    public boolean hasRule() {
        return content.rule() != null;
    }
}
