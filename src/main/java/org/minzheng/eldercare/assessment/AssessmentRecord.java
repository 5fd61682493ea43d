package org.minzheng.eldercare.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A stored assessment as the history and the report show it. */
record AssessmentRecord(
        long id,
        long elderId,
        String agencyName,
        String firstAssessor,
        String secondAssessor,
        AssessmentReason reason,
        LocalDate assessedOn,
        Map<CapabilityDimension, Integer> dimensions,
        int total,
        RiskFindings findings,
        CapabilityLevel preliminary,
        List<Adjustment> adjustments,
        CapabilityLevel finalLevel,
        LocalDate nextDueOn,
        String recordedBy) {}
