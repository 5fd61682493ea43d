package org.minzheng.assistance;

import java.time.Instant;

/**
 * One step of a case as the applicant may see it.
 *
 * @param note the reason given to the applicant (e.g. what material is missing), or null
 */
public record CaseStep(CaseStatus status, Instant at, String note) {}
