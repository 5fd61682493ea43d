package org.minzheng.lottery.incentive;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.lottery.sales.SalesPeriod;
import org.minzheng.shared.Money;
import org.minzheng.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Incentive rules, the monthly calculation and its approval by someone other than who calculated it. */
@Service
public class IncentiveService {

    private static final long MAX_OPENING_FEN = 10_000_000L;

    private final IncentiveRepository repository;
    private final AuditLog audit;

    IncentiveService(IncentiveRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional
    public long createRule(LotteryRuleForm form, String by, RegionCode region, boolean demo) {
        String name = form.name().strip();
        if (repository.ruleNameTaken(name)) {
            throw new IncentiveRefusedException("name", "lottery.incentive.rule.refused.name");
        }
        if (form.validTo() != null && form.validTo().isBefore(form.validFrom())) {
            throw new IncentiveRefusedException("validTo", "lottery.incentive.rule.refused.validTo");
        }
        Long amount = null;
        Integer rate = null;
        if ("OPENING".equals(form.kind())) {
            try {
                amount = Money.parseYuan(
                                form.amount() == null ? "" : form.amount().strip())
                        .fen();
            } catch (IllegalArgumentException e) {
                throw new IncentiveRefusedException("amount", "lottery.incentive.rule.refused.amount");
            }
            if (amount <= 0 || amount > MAX_OPENING_FEN) {
                throw new IncentiveRefusedException("amount", "lottery.incentive.rule.refused.amount");
            }
        } else {
            rate = form.ratePermille();
            if (rate == null || rate < 1 || rate > 1000) {
                throw new IncentiveRefusedException("ratePermille", "lottery.incentive.rule.refused.rate");
            }
        }
        String outletKind = form.outletKind() == null || form.outletKind().isBlank() ? null : form.outletKind();
        long id = repository.insertRule(
                name, form.kind(), outletKind, amount, rate, form.validFrom(), form.validTo(), by, demo);
        audit.record(AuditEvent.operation(
                        "lottery.incentive.rule.create", "lottery.incentive_rule", String.valueOf(id), region)
                .withDetail(name));
        return id;
    }

    @Transactional
    public void deactivateRule(long id, RegionCode region) {
        if (repository.deactivate(id) == 0) {
            throw new IncentiveRefusedException("rule", "lottery.incentive.rule.refused.inactive");
        }
        audit.record(AuditEvent.operation(
                "lottery.incentive.rule.deactivate", "lottery.incentive_rule", String.valueOf(id), region));
    }

    /** Calculates a finished month; a draft is replaced line for line, an approved month is refused. */
    @Transactional
    public long calculate(YearMonth month, String by, RegionCode region, LocalDate today, boolean demo) {
        SalesPeriod period = SalesPeriod.month(month);
        if (!period.end().isBefore(today)) {
            throw new IncentiveRefusedException("month", "lottery.incentive.run.refused.unfinished");
        }
        var existing = repository.runOf(period.start());
        long runId;
        if (existing.isPresent()) {
            if (existing.get().approved()) {
                throw new IncentiveRefusedException("month", "lottery.incentive.run.refused.approved");
            }
            runId = existing.get().id();
            repository.resetDraft(runId, by);
        } else {
            runId = repository.insertRun(period, by, demo);
        }
        List<IncentiveCalculation.Line> lines = IncentiveCalculation.calculate(
                repository.activeRules(), repository.opened(period), repository.serviced(period), period);
        repository.insertLines(runId, lines);
        audit.record(AuditEvent.operation(
                        "lottery.incentive.calculate", "lottery.incentive_run", String.valueOf(runId), region)
                .withDetail(month + ": " + lines.size() + " lines"));
        return runId;
    }

    @Transactional
    public void approve(long runId, String by, RegionCode region) {
        IncentiveRun run = repository
                .run(runId)
                .orElseThrow(() -> new IncentiveRefusedException("run", "lottery.incentive.run.refused.missing"));
        if (run.approved()) {
            throw new IncentiveRefusedException("run", "lottery.incentive.run.refused.approved");
        }
        if (run.calculatedBy().equals(by)) {
            throw new IncentiveRefusedException("run", "lottery.incentive.run.refused.self");
        }
        repository.approve(runId, by);
        audit.record(AuditEvent.operation(
                        "lottery.incentive.approve", "lottery.incentive_run", String.valueOf(runId), region)
                .withDetail(run.periodStart() + " total " + run.totalFen()));
    }
}
