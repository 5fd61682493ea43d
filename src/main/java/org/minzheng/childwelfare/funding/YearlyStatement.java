package org.minzheng.childwelfare.funding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A child's rehabilitation funding for a year: each fund's position, the part no fund paid, and whether the
 * funds together reach the guaranteed amount (Binzhou: at least 72,000 yuan a year for a disabled orphan) —
 * and if not, why.
 */
public record YearlyStatement(
        long childId,
        String childName,
        String roomName,
        int year,
        LocalDate admittedOn,
        LocalDate dischargedOn,
        List<FundPosition> funds,
        long ownFen,
        long guaranteedFen,
        boolean yearOver) {

    public YearlyStatement {
        funds = List.copyOf(funds);
    }

    public long fundedFen() {
        return funds.stream().mapToLong(FundPosition::usedFen).sum();
    }

    /** What the funds could pay this year, given eligibility and the approved budgets. */
    public long availableFen() {
        return funds.stream()
                .filter(FundPosition::eligible)
                .mapToLong(FundPosition::capFen)
                .sum();
    }

    public boolean guaranteeMet() {
        return availableFen() >= guaranteedFen;
    }

    public boolean warning() {
        return funds.stream().anyMatch(f -> f.runningOut() || f.exhausted());
    }

    /** A reason as a message key with its arguments. */
    public record Reason(String key, List<Object> args) {}

    /** Why the funds do not reach the guaranteed amount; empty when they do. */
    public List<Reason> shortfallReasons() {
        List<Reason> reasons = new ArrayList<>();
        if (guaranteeMet()) {
            return reasons;
        }
        for (FundPosition fund : funds) {
            if (!fund.eligible()) {
                reasons.add(new Reason(fund.refusalKey(), List.of("childwelfare.fund." + fund.fundCode())));
            } else if (fund.reducedBudget()) {
                reasons.add(new Reason(
                        "childwelfare.funding.reason.reduced",
                        List.of("childwelfare.fund." + fund.fundCode(), fund.capFen(), fund.fundCapFen())));
            }
        }
        if (admittedOn != null && admittedOn.getYear() == year && admittedOn.getDayOfYear() > 1) {
            reasons.add(new Reason("childwelfare.funding.reason.admitted", List.of(admittedOn)));
        }
        if (dischargedOn != null && dischargedOn.getYear() == year) {
            reasons.add(new Reason("childwelfare.funding.reason.discharged", List.of(dischargedOn)));
        }
        return reasons;
    }

    /** The funds were available but not used up: fewer sessions than the budgets allow. */
    public boolean underused() {
        return yearOver && fundedFen() < Math.min(availableFen(), guaranteedFen);
    }
}
