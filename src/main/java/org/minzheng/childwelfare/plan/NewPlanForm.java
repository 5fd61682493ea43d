package org.minzheng.childwelfare.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/** A new plan: its dates and its goals, one a line. */
record NewPlanForm(
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate startsOn,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate reviewDueOn,

        @NotBlank(message = "{childwelfare.plan.error.goalsBlank}")
        @Size(max = 2000, message = "{childwelfare.plan.error.goalsLength}")
        @PlainText
        String goals) {

    static final int MAX_GOALS = 10;
    static final int MAX_GOAL_LENGTH = 200;

    static NewPlanForm from(LocalDate today) {
        return new NewPlanForm(today, today.plusMonths(PlanRules.REVIEW_MONTHS), "");
    }

    List<String> goalLines() {
        return goals == null
                ? List.of()
                : Arrays.stream(goals.split("\\R"))
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }
}
