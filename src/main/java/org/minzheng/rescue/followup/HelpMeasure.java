package org.minzheng.rescue.followup;

/** 帮扶措施: what the county and the social workers do for a returnee. */
enum HelpMeasure {
    DIBAO_CHECK,
    TEKUN_CHECK,
    TEMPORARY_ASSISTANCE,
    MEDICAL,
    EMPLOYMENT,
    GUARDIANSHIP,
    FAMILY_MEDIATION,
    HOUSING,
    PSYCHOLOGICAL;

    public String messageKey() {
        return "rescue.followup.measure." + name();
    }
}
