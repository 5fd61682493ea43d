package org.minzheng.charity.evaluation;

import java.util.Arrays;

/**
 * The five parts of the quarterly evaluation form with their maxima. The form is the bureau's ILLUSTRATIVE one
 * (charity.evaluations): the maxima add up to 100 and the database checks each of them again.
 */
enum EvaluationPart {
    MANAGEMENT(20),
    OUTCOME(30),
    FUNDS(25),
    SATISFACTION(15),
    DISCLOSURE(10);

    static final int MAXIMUM_TOTAL = 100;

    private final int maximum;

    EvaluationPart(int maximum) {
        this.maximum = maximum;
    }

    public int maximum() {
        return maximum;
    }

    /** The form field and the record component holding this part's score. */
    public String field() {
        return name().toLowerCase(java.util.Locale.ROOT) + "Score";
    }

    public String messageKey() {
        return "charity.evaluation.part." + name();
    }

    static int sumOfMaxima() {
        return Arrays.stream(values()).mapToInt(EvaluationPart::maximum).sum();
    }
}
