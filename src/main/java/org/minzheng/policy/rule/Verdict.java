package org.minzheng.policy.rule;

import java.util.List;

/**
 * What one rule says about one household.
 *
 * @param missing for {@link Outcome#CANNOT_TELL}, the attribute paths whose values would settle it, in
 *     schema order; empty when the rule itself failed (e.g. a division by zero in a local standard)
 */
public record Verdict(Outcome outcome, List<String> missing) {

    static final Verdict QUALIFIES = new Verdict(Outcome.QUALIFIES, List.of());
    static final Verdict DOES_NOT_QUALIFY = new Verdict(Outcome.DOES_NOT_QUALIFY, List.of());
    static final Verdict FAILED = new Verdict(Outcome.CANNOT_TELL, List.of());

    public Verdict {
        missing = List.copyOf(missing);
    }
}
