package org.minzheng.policy.catalogue;

import java.time.Instant;
import java.time.LocalDate;

/** One line of a policy's version history: who changed it, when, why, and from when it applies. */
record VersionEntry(
        int version,
        String name,
        LocalDate effectiveFrom,
        LocalDate effectiveUntil,
        String changeNote,
        String changedBy,
        Instant changedAt) {}
