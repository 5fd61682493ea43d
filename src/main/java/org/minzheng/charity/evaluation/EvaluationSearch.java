package org.minzheng.charity.evaluation;

/**
 * The list's filters as typed in the address; unknown values are ignored rather than refused.
 *
 * @param sort {@code date} (newest quarter first), {@code score} (highest total first) or {@code scoreAsc}
 */
record EvaluationSearch(Long project, Integer year, Integer quarter, EvaluationGrade grade, String sort) {

    static EvaluationSearch of(String project, String year, String quarter, String grade, String sort) {
        return new EvaluationSearch(
                number(project),
                yearOrNull(year),
                quarterOrNull(quarter),
                gradeOrNull(grade),
                "score".equals(sort) || "scoreAsc".equals(sort) ? sort : "date");
    }

    String orderBy() {
        return switch (sort) {
            case "score" -> "e.total_score desc, e.year desc, e.quarter desc, e.id desc";
            case "scoreAsc" -> "e.total_score asc, e.year desc, e.quarter desc, e.id desc";
            default -> "e.year desc, e.quarter desc, e.evaluated_on desc, e.id desc";
        };
    }

    String gradeName() {
        return grade == null ? "" : grade.name();
    }

    private static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer yearOrNull(String text) {
        Long n = number(text);
        return n == null || n < 2000 || n > 2100 ? null : n.intValue();
    }

    private static Integer quarterOrNull(String text) {
        Long n = number(text);
        return n == null || n < 1 || n > 4 ? null : n.intValue();
    }

    private static EvaluationGrade gradeOrNull(String text) {
        for (EvaluationGrade g : EvaluationGrade.values()) {
            if (g.name().equals(text)) {
                return g;
            }
        }
        return null;
    }
}
