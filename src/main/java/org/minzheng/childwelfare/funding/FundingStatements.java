package org.minzheng.childwelfare.funding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minzheng.shared.security.DataScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Works out each child's yearly statement from the funds' rules, the approved budgets and the allocations.
 * Eligibility is judged on the last day of the year the child was in care (or today for the current year),
 * as the allocation judges it per session.
 */
@Service
class FundingStatements {

    private final FundingRepository repository;
    private final Clock clock;
    private final long guaranteedFen;

    FundingStatements(
            FundingRepository repository,
            Clock clock,
            @Value("${minzheng.childwelfare.guaranteed-fen:7200000}") long guaranteedFen) {
        this.repository = repository;
        this.clock = clock;
        this.guaranteedFen = guaranteedFen;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    List<YearlyStatement> all(DataScope scope, int year) {
        List<FundEligibility.Fund> funds = repository.funds();
        Map<Long, Map<String, Long>> spent = repository.spending(scope, year);
        Map<Long, Map<String, Long>> budgets = repository.budgets(scope, year);
        List<YearlyStatement> statements = new ArrayList<>();
        for (var child : repository.children(scope, year)) {
            statements.add(statement(
                    child,
                    year,
                    funds,
                    spent.getOrDefault(child.id(), Map.of()),
                    budgets.getOrDefault(child.id(), Map.of())));
        }
        return statements;
    }

    Optional<YearlyStatement> of(long childId, DataScope scope, int year) {
        return repository.child(childId, scope).map(child -> all(scope, year).stream()
                .filter(s -> s.childId() == childId)
                .findFirst()
                .orElseGet(() -> statement(child, year, repository.funds(), Map.of(), Map.of())));
    }

    private YearlyStatement statement(
            FundingRepository.ChildOfYear child,
            int year,
            List<FundEligibility.Fund> funds,
            Map<String, Long> spent,
            Map<String, Long> budgets) {
        LocalDate judged = judgedOn(child, year);
        List<FundPosition> positions = new ArrayList<>();
        for (var fund : funds) {
            String refusal = fund.refusal(child.facts(), judged).orElse(null);
            long cap = Math.min(fund.annualCapFen(), budgets.getOrDefault(fund.code(), fund.annualCapFen()));
            positions.add(new FundPosition(
                    fund.code(),
                    refusal,
                    refusal == null ? cap : 0,
                    fund.annualCapFen(),
                    spent.getOrDefault(fund.code(), 0L),
                    fund.warnBelowShare()));
        }
        return new YearlyStatement(
                child.id(),
                child.name(),
                child.roomName(),
                year,
                child.admittedOn(),
                child.dischargedOn(),
                positions,
                spent.getOrDefault("", 0L),
                guaranteedFen,
                year < today().getYear());
    }

    private LocalDate judgedOn(FundingRepository.ChildOfYear child, int year) {
        LocalDate end = year < today().getYear() ? LocalDate.of(year, 12, 31) : today();
        if (child.dischargedOn() != null && child.dischargedOn().isBefore(end)) {
            end = child.dischargedOn();
        }
        return end;
    }
}
