package org.minzheng.charity.evaluation;

/** A quarterly evaluation as the public may read it: no findings, no staff names. */
public record PublicEvaluation(int year, int quarter, String evaluator, int total, EvaluationGrade grade) {}
