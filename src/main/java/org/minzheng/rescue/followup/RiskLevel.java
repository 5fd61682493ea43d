package org.minzheng.rescue.followup;

/** 风险等级 of a returnee, from the assessment score. */
enum RiskLevel {
    LOW,
    MEDIUM,
    HIGH;

    public String messageKey() {
        return "rescue.followup.risk." + name();
    }
}
