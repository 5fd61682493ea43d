package org.minzheng.rescue.matching;

import java.util.List;

/**
 * The outcome of comparing two descriptions: a score out of 100 and its reasons, or an exclusion when something
 * known on both sides rules the pair out (the reasons then say what).
 */
public record MatchScore(int score, boolean excluded, List<MatchReason> reasons) {

    public MatchScore {
        reasons = List.copyOf(reasons);
    }

    /** Reasons that gave points, best first, for showing next to a candidate. */
    public List<MatchReason> supporting() {
        return reasons.stream()
                .filter(r -> r.points() > 0)
                .sorted((a, b) -> Integer.compare(b.points(), a.points()))
                .toList();
    }

    /** A plain-text summary of the reasons ("key:points" joined) for storing with a decision. */
    public String summary() {
        return String.join(
                "; ",
                reasons.stream()
                        .map(r -> r.key().substring(r.key().lastIndexOf('.') + 1) + " " + r.arguments() + " +"
                                + r.points())
                        .toList());
    }
}
