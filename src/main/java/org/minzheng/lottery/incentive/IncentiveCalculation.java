package org.minzheng.lottery.incentive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.minzheng.lottery.sales.SalesPeriod;

/**
 * 谁拓谁受益: the incentive lines of a month. OPENING pays the rule's sum for every outlet opened in the month to whoever
 * opened it (the member, else the team); PERFORMANCE pays the rule's per mille of an outlet's positive increment
 * against the same month a year earlier to whoever services it, with no upper limit. When several rules of a kind
 * apply to an outlet the one for its outlet kind wins over a general one (then the oldest rule), so an outlet never
 * earns twice for the same thing. Amounts are rounded half up to the fen.
 */
public final class IncentiveCalculation {

    public record Rule(
            long id,
            String name,
            String kind,
            String outletKind,
            Long amountFen,
            Integer ratePermille,
            LocalDate validFrom,
            LocalDate validTo) {

        boolean validBetween(LocalDate from, LocalDate to) {
            return !validFrom.isAfter(to) && (validTo == null || !validTo.isBefore(from));
        }

        boolean fits(String kindOfOutlet) {
            return outletKind == null || outletKind.equals(kindOfOutlet);
        }
    }

    /** An outlet opened in the month, with who opened it. */
    public record Opened(
            long outletId, String label, String outletKind, LocalDate openedOn, long teamId, Long memberId) {}

    /** An outlet with its sales in the month and the same month a year earlier, with who services it. */
    public record Serviced(
            long outletId,
            String label,
            String outletKind,
            long teamId,
            Long memberId,
            long currentFen,
            long baselineFen) {}

    public record Line(
            long ruleId, long teamId, Long memberId, long outletId, Long basisFen, long amountFen, String detail) {}

    private IncentiveCalculation() {}

    public static List<Line> calculate(
            List<Rule> rules, List<Opened> opened, List<Serviced> serviced, SalesPeriod month) {
        List<Line> lines = new ArrayList<>();
        for (Opened outlet : opened) {
            best(rules, "OPENING", outlet.outletKind(), outlet.openedOn(), outlet.openedOn())
                    .ifPresent(rule -> lines.add(new Line(
                            rule.id(),
                            outlet.teamId(),
                            outlet.memberId(),
                            outlet.outletId(),
                            null,
                            rule.amountFen(),
                            outlet.label())));
        }
        for (Serviced outlet : serviced) {
            long increment = outlet.currentFen() - outlet.baselineFen();
            if (increment <= 0) {
                continue;
            }
            best(rules, "PERFORMANCE", outlet.outletKind(), month.start(), month.end())
                    .ifPresent(rule -> lines.add(new Line(
                            rule.id(),
                            outlet.teamId(),
                            outlet.memberId(),
                            outlet.outletId(),
                            increment,
                            share(increment, rule.ratePermille()),
                            outlet.label())));
        }
        return lines;
    }

    /** Per mille of the increment, half up: 123,456 fen at 15 ‰ is 1,851.84 → 1,852 fen. */
    static long share(long incrementFen, int permille) {
        return Math.addExact(Math.multiplyExact(incrementFen, permille), 500) / 1000;
    }

    private static Optional<Rule> best(List<Rule> rules, String kind, String outletKind, LocalDate from, LocalDate to) {
        return rules.stream()
                .filter(r -> r.kind().equals(kind) && r.fits(outletKind) && r.validBetween(from, to))
                .min(Comparator.comparing((Rule r) -> r.outletKind() == null).thenComparingLong(Rule::id));
    }
}
