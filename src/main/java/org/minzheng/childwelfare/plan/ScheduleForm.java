package org.minzheng.childwelfare.plan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One more line of the weekly schedule; the therapist is optional (unassigned). */
record ScheduleForm(
        @NotNull
        @Min(value = 1, message = "{childwelfare.plan.error.weekday}")
        @Max(value = 7, message = "{childwelfare.plan.error.weekday}")
        Integer weekday,

        @NotBlank @Size(max = 20, message = "{childwelfare.plan.error.therapy}")
        String therapyCode,

        @NotNull
        @Min(value = PlanRules.MIN_SESSION_MINUTES, message = "{childwelfare.plan.error.minutes}")
        @Max(value = PlanRules.MAX_SESSION_MINUTES, message = "{childwelfare.plan.error.minutes}")
        Integer minutes,

        Long therapistId) {

    static ScheduleForm empty() {
        return new ScheduleForm(1, "", 30, null);
    }
}
