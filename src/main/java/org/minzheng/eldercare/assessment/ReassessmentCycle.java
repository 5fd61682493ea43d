package org.minzheng.eldercare.assessment;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the next routine assessment is due. Local rules differ, so the intervals are settings
 * ({@code minzheng.eldercare.reassessment.months}, default 12, and
 * {@code minzheng.eldercare.reassessment.severe-months}, default 6, for levels 3 and 4, whose condition
 * changes faster).
 */
@Component
class ReassessmentCycle {

    private final int months;
    private final int severeMonths;

    ReassessmentCycle(
            @Value("${minzheng.eldercare.reassessment.months:12}") int months,
            @Value("${minzheng.eldercare.reassessment.severe-months:6}") int severeMonths) {
        this.months = months;
        this.severeMonths = severeMonths;
    }

    LocalDate nextDue(LocalDate assessedOn, CapabilityLevel finalLevel) {
        return assessedOn.plusMonths(finalLevel.number() >= 3 ? severeMonths : months);
    }
}
