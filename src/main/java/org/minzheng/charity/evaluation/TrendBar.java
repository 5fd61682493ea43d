package org.minzheng.charity.evaluation;

/** One quarter's total drawn as a bar of the project's trend: x and height in the SVG's own units. */
record TrendBar(String label, int total, String gradeKey, int x, int height) {

    static final int CHART_HEIGHT = 200;
    static final int BAR_STEP = 56;

    static TrendBar of(ProjectEvaluation e, int index) {
        return new TrendBar(
                e.period().toString(),
                e.totalScore(),
                e.grade().messageKey(),
                40 + index * BAR_STEP,
                e.totalScore() * CHART_HEIGHT / EvaluationPart.MAXIMUM_TOTAL);
    }

    public int y() {
        return 20 + CHART_HEIGHT - height;
    }

    public String css() {
        return "bar-" + gradeKey.substring(gradeKey.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
