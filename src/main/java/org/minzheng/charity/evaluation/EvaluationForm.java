package org.minzheng.charity.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.minzheng.shared.validation.PlainText;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A quarterly evaluation as staff enter it. The maxima repeat {@link EvaluationPart}; the quarter's place in time
 * (not in the future, not before the project started) and duplicates are checked by the controller.
 */
record EvaluationForm(
        @NotNull(message = "{charity.evaluation.validation.project}")
        Long projectId,

        @NotNull(message = "{charity.evaluation.validation.year}")
        @Min(value = 2000, message = "{charity.evaluation.validation.year}")
        @Max(value = 2100, message = "{charity.evaluation.validation.year}")
        Integer year,

        @NotNull(message = "{charity.evaluation.validation.quarter}")
        @Min(value = 1, message = "{charity.evaluation.validation.quarter}")
        @Max(value = 4, message = "{charity.evaluation.validation.quarter}")
        Integer quarter,

        @NotBlank(message = "{charity.evaluation.validation.evaluator}")
        @Size(max = 100, message = "{charity.evaluation.validation.evaluatorTooLong}")
        @PlainText(allowLineBreaks = false)
        String evaluator,

        @NotNull(message = "{charity.evaluation.validation.MANAGEMENT}")
        @Min(value = 0, message = "{charity.evaluation.validation.MANAGEMENT}")
        @Max(value = 20, message = "{charity.evaluation.validation.MANAGEMENT}")
        Integer managementScore,

        @NotNull(message = "{charity.evaluation.validation.OUTCOME}")
        @Min(value = 0, message = "{charity.evaluation.validation.OUTCOME}")
        @Max(value = 30, message = "{charity.evaluation.validation.OUTCOME}")
        Integer outcomeScore,

        @NotNull(message = "{charity.evaluation.validation.FUNDS}")
        @Min(value = 0, message = "{charity.evaluation.validation.FUNDS}")
        @Max(value = 25, message = "{charity.evaluation.validation.FUNDS}")
        Integer fundsScore,

        @NotNull(message = "{charity.evaluation.validation.SATISFACTION}")
        @Min(value = 0, message = "{charity.evaluation.validation.SATISFACTION}")
        @Max(value = 15, message = "{charity.evaluation.validation.SATISFACTION}")
        Integer satisfactionScore,

        @NotNull(message = "{charity.evaluation.validation.DISCLOSURE}")
        @Min(value = 0, message = "{charity.evaluation.validation.DISCLOSURE}")
        @Max(value = 10, message = "{charity.evaluation.validation.DISCLOSURE}")
        Integer disclosureScore,

        @NotBlank(message = "{charity.evaluation.validation.findings}")
        @Size(max = 2000, message = "{charity.evaluation.validation.findingsTooLong}")
        @PlainText
        String findings,

        @NotNull(message = "{charity.evaluation.validation.evaluatedOn}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate evaluatedOn) {

    static EvaluationForm startingFor(Long projectId, LocalDate today) {
        Quarter last = Quarter.lastCompleted(today);
        return new EvaluationForm(projectId, last.year(), last.quarter(), "", null, null, null, null, null, "", today);
    }

    static EvaluationForm of(ProjectEvaluation e) {
        return new EvaluationForm(
                e.projectId(),
                e.year(),
                e.quarter(),
                e.evaluator(),
                e.managementScore(),
                e.outcomeScore(),
                e.fundsScore(),
                e.satisfactionScore(),
                e.disclosureScore(),
                e.findings(),
                e.evaluatedOn());
    }

    public Integer score(EvaluationPart part) {
        return switch (part) {
            case MANAGEMENT -> managementScore;
            case OUTCOME -> outcomeScore;
            case FUNDS -> fundsScore;
            case SATISFACTION -> satisfactionScore;
            case DISCLOSURE -> disclosureScore;
        };
    }

    /** The sum so far, for the form's preview; null parts count as zero. */
    public int total() {
        int sum = 0;
        for (EvaluationPart part : EvaluationPart.values()) {
            Integer s = score(part);
            sum += s == null ? 0 : s;
        }
        return sum;
    }
}
