package org.minzheng.assistance.casework;

import java.time.Instant;
import org.minzheng.assistance.CaseStatus;

/** One step of a case as staff see it, with who took it. */
record StaffStep(CaseStatus status, Instant at, String actor, String note) {}
