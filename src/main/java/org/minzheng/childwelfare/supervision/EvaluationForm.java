package org.minzheng.childwelfare.supervision;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/** The monthly evaluation form, filled once by the welfare home and once by the hospital. */
record EvaluationForm(
        @NotNull @Pattern(regexp = "HOME|HOSPITAL") String evaluator,
        @NotNull @Min(1) @Max(5) Integer hoursScore,
        @NotNull @Min(1) @Max(5) Integer goalsScore,
        @NotNull @Min(1) @Max(5) Integer satisfaction,
        @Size(max = 1000) @PlainText String comments) {

    static EvaluationForm empty(String evaluator) {
        return new EvaluationForm(evaluator, null, null, null, "");
    }
}
