package org.minzheng.childwelfare.plan;

import java.time.LocalDate;
import java.util.List;

/** One assessment of the child's functioning, each domain scored 0–100. */
record ChildAssessment(
        long id,
        LocalDate assessedOn,
        int grossMotor,
        int fineMotor,
        int language,
        int cognition,
        int selfCare,
        String note,
        String assessedBy) {

    /** The scores in {@link Domain} order. */
    public List<Integer> scores() {
        return List.of(grossMotor, fineMotor, language, cognition, selfCare);
    }
}
