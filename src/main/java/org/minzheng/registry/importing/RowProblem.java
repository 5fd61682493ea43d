package org.minzheng.registry.importing;

/** Why a row of the collection file is not imported; each has its message for the caseworker. */
public enum RowProblem {
    COLUMN_COUNT,
    BLANK,
    HOUSEHOLD_KEY,
    VILLAGE_FORMAT,
    UNKNOWN_VILLAGE,
    OUTSIDE_SCOPE,
    ADDRESS,
    HUKOU,
    CATEGORY,
    AMOUNT_FORMAT,
    AMOUNT_NEGATIVE,
    AMOUNT_PRECISION,
    NAME,
    ID_CHECK_DIGIT,
    ID_BIRTH_DATE,
    ID_FORMAT,
    RELATIONSHIP,
    WORK_ABILITY,
    DISABILITY,
    DUPLICATE_IN_FILE,
    NO_HEAD,
    SEVERAL_HEADS,
    HOUSEHOLD_FIELDS_DIFFER,
    REGISTERED_ELSEWHERE,
    HEAD_DIFFERS,
    HOUSEHOLD_INCOMPLETE;

    public String messageKey() {
        return "registry.import.problem." + name();
    }
}
