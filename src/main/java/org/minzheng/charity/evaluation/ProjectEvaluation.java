package org.minzheng.charity.evaluation;

import java.time.LocalDate;

/** One quarterly evaluation of a project, its total computed by the database from the five scores. */
record ProjectEvaluation(
        long id,
        long projectId,
        String projectName,
        String regionCode,
        int year,
        int quarter,
        String evaluator,
        int managementScore,
        int outcomeScore,
        int fundsScore,
        int satisfactionScore,
        int disclosureScore,
        int totalScore,
        String findings,
        LocalDate evaluatedOn,
        String recordedBy) {

    public EvaluationGrade grade() {
        return EvaluationGrade.of(totalScore);
    }

    public Quarter period() {
        return new Quarter(year, quarter);
    }

    public int score(EvaluationPart part) {
        return switch (part) {
            case MANAGEMENT -> managementScore;
            case OUTCOME -> outcomeScore;
            case FUNDS -> fundsScore;
            case SATISFACTION -> satisfactionScore;
            case DISCLOSURE -> disclosureScore;
        };
    }
}
