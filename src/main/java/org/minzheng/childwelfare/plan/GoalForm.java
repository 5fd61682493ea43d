package org.minzheng.childwelfare.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/** One more goal for the active plan. */
record GoalForm(
        @NotBlank(message = "{childwelfare.plan.error.goalBlank}")
        @Size(max = 200, message = "{childwelfare.plan.error.goalLength}")
        @PlainText
        String goal) {}
