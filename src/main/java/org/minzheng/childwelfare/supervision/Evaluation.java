package org.minzheng.childwelfare.supervision;

import java.time.Instant;

/** One institution's monthly evaluation of the rehabilitation (scores 1–5). */
record Evaluation(
        String evaluator,
        int hoursScore,
        int goalsScore,
        int satisfaction,
        String comments,
        String evaluatedBy,
        Instant evaluatedAt) {}
