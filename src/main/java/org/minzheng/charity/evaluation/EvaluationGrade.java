package org.minzheng.charity.evaluation;

/**
 * The grade a quarterly evaluation's total earns. The thresholds (90, 75, 60 out of 100) are ILLUSTRATIVE: they
 * follow the usual four-band scale of Chinese performance evaluations, not a rule of the Binzhou bureau, and are
 * meant to be replaced by the bureau's own when it publishes them.
 */
public enum EvaluationGrade {
    EXCELLENT(90),
    GOOD(75),
    PASS(60),
    FAIL(0);

    private final int from;

    EvaluationGrade(int from) {
        this.from = from;
    }

    /** The lowest total that earns this grade. */
    public int from() {
        return from;
    }

    /** The highest total that still earns this grade. */
    public int upTo() {
        return this == EXCELLENT ? EvaluationPart.MAXIMUM_TOTAL : values()[ordinal() - 1].from - 1;
    }

    /** The grade of a total between 0 and 100. */
    public static EvaluationGrade of(int total) {
        if (total < 0 || total > EvaluationPart.MAXIMUM_TOTAL) {
            throw new IllegalArgumentException("A total must lie between 0 and " + EvaluationPart.MAXIMUM_TOTAL);
        }
        for (EvaluationGrade grade : values()) {
            if (total >= grade.from) {
                return grade;
            }
        }
        return FAIL;
    }

    public String messageKey() {
        return "charity.evaluation.grade." + name();
    }
}
