package org.minzheng.rescue.followup;

/** One thing on the assessment checklist that makes a returnee more likely to wander again. */
enum RiskFactor {
    NO_FAMILY_SUPPORT,
    MENTAL_ILLNESS,
    CHRONIC_ILLNESS_OR_DISABILITY,
    NO_INCOME,
    NO_HOUSING,
    EARLIER_VAGRANCY,
    MINOR_OR_ELDERLY_ALONE,
    FAMILY_CONFLICT,
    BEGGING_AS_LIVING;

    public String messageKey() {
        return "rescue.followup.factor." + name();
    }
}
