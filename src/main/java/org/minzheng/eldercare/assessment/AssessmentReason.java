package org.minzheng.eldercare.assessment;

/** Why an assessment was made: 首次评估, 常规评估, 即时评估 after a change, 复评 after a dispute. */
enum AssessmentReason {
    FIRST,
    ROUTINE,
    IMMEDIATE,
    REVIEW;

    public String messageKey() {
        return "eldercare.assessment.reason." + name();
    }
}
