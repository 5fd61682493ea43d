package org.minzheng.assistance;

import java.util.List;

/** What the applicant sees when looking up a case: no personal data beyond what they typed. */
public record CaseTracking(
        CaseNumber number, Programme programme, String villageName, CaseStatus status, List<CaseStep> steps) {}
