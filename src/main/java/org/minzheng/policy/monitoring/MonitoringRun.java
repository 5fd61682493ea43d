package org.minzheng.policy.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.minzheng.policy.parameter.LocalStandards;
import org.minzheng.policy.rule.CompiledRule;
import org.minzheng.policy.rule.RegistryFacts;
import org.minzheng.policy.rule.RuleCompiler;
import org.minzheng.policy.rule.RuleRejected;
import org.minzheng.registry.DepartmentFacts;
import org.minzheng.registry.DepartmentFacts.PersonFeedFacts;
import org.minzheng.registry.HouseholdId;
import org.minzheng.registry.RegistrySnapshot;
import org.minzheng.registry.RegistrySnapshot.HouseholdFacts;
import org.minzheng.registry.Warnings;
import org.minzheng.registry.Warnings.NewWarning;
import org.minzheng.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks households against the monitoring rules switched on ({@link HouseholdCheck}) and raises a warning
 * for every finding, with the reason in words. A finding raised before on the same facts raises nothing
 * ({@link Fingerprint}), even once its warning is closed; one whose warning is still open raises nothing
 * new either ({@link Warnings#raise}). So the nightly run can find the same thing every night and the
 * village assistant hears of it once, and again when its figures change.
 */
@Service
class MonitoringRun {

    private static final Logger log = LoggerFactory.getLogger(MonitoringRun.class);

    /** Households per look-up of the departments' facts: one query per chunk, never one per household. */
    static final int CHUNK = 1000;

    private final MonitoringRuleRepository rules;
    private final FindingRepository findings;
    private final RuleCompiler compiler;
    private final WarningReasons reasons;
    private final RegistrySnapshot registry;
    private final DepartmentFacts departments;
    private final Warnings warnings;
    private final LocalStandards standards;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    MonitoringRun(
            MonitoringRuleRepository rules,
            FindingRepository findings,
            RuleCompiler compiler,
            WarningReasons reasons,
            RegistrySnapshot registry,
            DepartmentFacts departments,
            Warnings warnings,
            LocalStandards standards,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.rules = rules;
        this.findings = findings;
        this.compiler = compiler;
        this.reasons = reasons;
        this.registry = registry;
        this.departments = departments;
        this.warnings = warnings;
        this.standards = standards;
        // each warning commits on its own: one that fails must not take the others of the run with it
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Checks the listed households, e.g. those a department has just reported on. */
    RunTally households(Collection<HouseholdId> households) {
        List<ActiveRule> active = activeRules();
        if (active.isEmpty() || households.isEmpty()) {
            return RunTally.NONE;
        }
        Pass pass = new Pass(active, LocalDate.now(clock));
        RunTally tally = RunTally.NONE;
        List<HouseholdId> ids = List.copyOf(households);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            tally = tally.plus(pass.check(registry.of(ids.subList(from, Math.min(ids.size(), from + CHUNK)))));
        }
        return tally;
    }

    /**
     * Checks every household of {@code region} in one streaming pass over the registry.
     *
     * @param checked told the number of households checked so far, after every chunk
     */
    RunTally region(RegionCode region, LongConsumer checked) {
        List<ActiveRule> active = activeRules();
        if (active.isEmpty()) {
            return RunTally.NONE;
        }
        Pass pass = new Pass(active, LocalDate.now(clock));
        List<HouseholdFacts> chunk = new ArrayList<>(CHUNK);
        RunTally[] tally = {RunTally.NONE};
        registry.forEach(region, household -> {
            chunk.add(household);
            if (chunk.size() == CHUNK) {
                tally[0] = tally[0].plus(pass.check(chunk));
                chunk.clear();
                checked.accept(tally[0].households());
            }
        });
        tally[0] = tally[0].plus(pass.check(chunk));
        checked.accept(tally[0].households());
        return tally[0];
    }

    /** The rules switched on, compiled; a stored rule the schema no longer accepts is left out, and said so. */
    List<ActiveRule> activeRules() {
        List<ActiveRule> active = new ArrayList<>();
        for (MonitoringRule rule : rules.active()) {
            try {
                CompiledRule compiled = compiler.compile(rule.settings().rule());
                active.add(new ActiveRule(rule, compiled, RuleScope.of(compiled), reasons.reading(compiled)));
            } catch (RuleRejected e) {
                log.warn("Monitoring rule {} no longer compiles and is skipped: {}", rule.code(), e.getMessage());
            }
        }
        return active;
    }

    /** One run's state: the day, the rules and the local standards of the villages met so far. */
    private final class Pass {
        private final HouseholdCheck check;
        private final LocalDate day;

        Pass(List<ActiveRule> active, LocalDate day) {
            this.day = day;
            this.check = new HouseholdCheck(
                    active,
                    new RegistryFacts(day, village -> standards.factsFor(village, day)),
                    new FeedAttributes(day));
        }

        RunTally check(List<HouseholdFacts> households) {
            if (households.isEmpty()) {
                return RunTally.NONE;
            }
            List<HouseholdId> ids = households.stream().map(HouseholdFacts::id).toList();
            Map<Long, PersonFeedFacts> reported = departments.of(ids);
            Map<FindingRepository.Key, String> before =
                    findings.of(ids.stream().map(HouseholdId::value).toList());
            long raised = 0;
            long known = 0;
            long failed = 0;
            for (HouseholdFacts household : households) {
                for (HouseholdCheck.Finding finding : check.findings(household, reported)) {
                    FindingRepository.Key key = new FindingRepository.Key(
                            finding.rule().rule().id(),
                            household.id().value(),
                            finding.personId() == null ? FindingRepository.HOUSEHOLD : finding.personId());
                    String fingerprint = Fingerprint.of(finding.rule(), finding.facts());
                    if (fingerprint.equals(before.get(key))) {
                        known++;
                        continue;
                    }
                    try {
                        Optional<Long> warning = ownTransaction.execute(status -> {
                            Optional<Long> raising = warnings.raise(warning(household, finding));
                            findings.remember(key, fingerprint, day);
                            return raising;
                        });
                        if (warning != null && warning.isPresent()) {
                            raised++;
                        } else {
                            known++;
                        }
                    } catch (RuntimeException e) {
                        // a member who left between reading and raising: the next run sees the household as it is
                        failed++;
                        log.warn(
                                "Monitoring rule {} could not raise its warning on household {}: {}",
                                finding.rule().rule().code(),
                                household.id().value(),
                                e.getClass().getSimpleName());
                    }
                }
            }
            return new RunTally(households.size(), raised, known, failed);
        }

        private NewWarning warning(HouseholdFacts household, HouseholdCheck.Finding finding) {
            ActiveRule rule = finding.rule();
            RuleSettings settings = rule.rule().settings();
            return new NewWarning(
                    household.id(),
                    finding.personId(),
                    rule.rule().code(),
                    settings.name(),
                    settings.level(),
                    reasons.reason(rule.reading(), rule.compiled(), finding.facts()),
                    settings.daysToAct(),
                    settings.stopPayment());
        }
    }
}
