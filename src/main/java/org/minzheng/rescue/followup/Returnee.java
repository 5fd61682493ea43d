package org.minzheng.rescue.followup;

import java.time.LocalDate;

/**
 * A returnee with what the list and page need to know at a glance: the latest assessment's level, the active plan and
 * the day the next visit is due.
 */
record Returnee(
        long id,
        Long caseId,
        String caseNumber,
        String homeRegionCode,
        String countyCode,
        String name,
        String sex,
        LocalDate birthDate,
        String idMasked,
        String address,
        LocalDate returnedOn,
        String returnedFrom,
        String guardianName,
        String guardianPhoneMasked,
        String status,
        LocalDate closedOn,
        String closeReason,
        boolean demo,
        String createdBy,
        RiskLevel riskLevel,
        Integer score,
        LocalDate lastVisit,
        Long activePlanId,
        LocalDate dueOn) {

    public boolean following() {
        return "FOLLOWING".equals(status);
    }

    public boolean overdue(LocalDate today) {
        return following() && dueOn != null && dueOn.isBefore(today);
    }

    /** 高风险未帮扶: assessed HIGH with no active help plan. */
    public boolean highWithoutPlan() {
        return following() && riskLevel == RiskLevel.HIGH && activePlanId == null;
    }
}
