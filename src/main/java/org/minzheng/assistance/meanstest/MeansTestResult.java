package org.minzheng.assistance.meanstest;

import java.util.List;

/**
 * The outcome of a means test with its reasoning, line by line, as the caseworker shows it to the
 * family and the county reads it.
 *
 * @param amountFen the monthly benefit (低保, 特困) or the one-off amount (临时救助); 0 when not eligible
 */
public record MeansTestResult(
        boolean eligible,
        long householdIncomeFen,
        long perCapitaFen,
        long standardFen,
        long amountFen,
        List<Line> lines) {

    public MeansTestResult {
        lines = List.copyOf(lines);
    }

    /**
     * One step of the reasoning: a message key with its arguments, and whether it passed a criterion.
     *
     * @param kindKey for a line about one recorded item, the message key of its kind (the first
     *     argument once resolved); null otherwise
     */
    public record Line(String key, String kindKey, List<String> args, Verdict verdict) {

        public Line {
            args = List.copyOf(args);
        }
    }

    public enum Verdict {
        INFO,
        PASS,
        FAIL
    }
}
