package org.minzheng.policy.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.minzheng.policy.parameter.LocalStandards;
import org.minzheng.policy.rule.RegistryFacts;
import org.minzheng.registry.RegistrySnapshot;
import org.minzheng.registry.RegistrySnapshot.HouseholdFacts;
import org.minzheng.shared.RegionCode;
import org.minzheng.workbench.JobProgress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One pass over the registry of a region: every household streamed once, every rule in force evaluated
 * on it and its members, the findings copied into the run as they come.
 */
@Component
class Screener {

    private static final int BATCH = 256;

    private final ScreeningRules rules;
    private final RegistrySnapshot registry;
    private final LocalStandards standards;
    private final ScreeningRuns runs;
    private final DataSource dataSource;
    private final int threads;

    Screener(
            ScreeningRules rules,
            RegistrySnapshot registry,
            LocalStandards standards,
            ScreeningRuns runs,
            DataSource dataSource,
            @Value("${minzheng.screening.threads:0}") int threads) {
        this.rules = rules;
        this.registry = registry;
        this.standards = standards;
        this.runs = runs;
        this.dataSource = dataSource;
        // by default one evaluating thread per core; the database and the reader share them too
        this.threads = threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Counts of a finished run. */
    record Tally(int policies, long households, long persons, long findings, long foundHouseholds) {}

    Tally run(long runId, RegionCode region, LocalDate day, JobProgress progress) {
        List<ScreeningRule> inForce = rules.inForce(day);
        HouseholdScreening screening =
                new HouseholdScreening(inForce, new RegistryFacts(day, village -> standards.factsFor(village, day)));
        progress.total(registry.count(region));
        try (FindingsCopy findings = new FindingsCopy(dataSource, runId);
                Evaluators evaluators = new Evaluators(screening, findings, threads)) {
            long[] read = new long[2];
            List<HouseholdFacts> batch = new ArrayList<>(BATCH);
            registry.forEach(region, household -> {
                batch.add(household);
                read[0]++;
                read[1] += household.members().size();
                if (batch.size() == BATCH) {
                    evaluators.submit(List.copyOf(batch));
                    batch.clear();
                    progress.done(read[0]);
                }
            });
            evaluators.submit(List.copyOf(batch));
            long foundHouseholds = evaluators.awaitAll();
            progress.done(read[0]);
            findings.finish();
            Tally tally = new Tally(inForce.size(), read[0], read[1], findings.rows(), foundHouseholds);
            runs.complete(
                    runId,
                    tally.policies(),
                    tally.households(),
                    tally.persons(),
                    tally.findings(),
                    tally.foundHouseholds());
            return tally;
        }
    }

    /**
     * Evaluation on a few threads while the reading thread keeps the COPY stream flowing: the rules cost
     * far more per household than reading it. When all threads are busy the reader evaluates the batch
     * itself, which holds the stream back instead of piling households up in memory.
     */
    private static final class Evaluators implements AutoCloseable {
        private final HouseholdScreening screening;
        private final FindingsCopy findings;
        private final ThreadPoolExecutor pool;
        private final AtomicLong foundHouseholds = new AtomicLong();
        private final AtomicReference<Throwable> failure = new AtomicReference<>();

        Evaluators(HouseholdScreening screening, FindingsCopy findings, int threads) {
            this.screening = screening;
            this.findings = findings;
            this.pool = new ThreadPoolExecutor(
                    threads,
                    threads,
                    0,
                    TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(threads * 2),
                    runnable -> {
                        Thread thread = new Thread(runnable, "screening");
                        thread.setDaemon(true);
                        return thread;
                    },
                    new ThreadPoolExecutor.CallerRunsPolicy());
        }

        void submit(List<HouseholdFacts> households) {
            if (failure.get() != null) {
                throw new IllegalStateException("screening failed", failure.get());
            }
            if (!households.isEmpty()) {
                pool.execute(() -> evaluate(households));
            }
        }

        private void evaluate(List<HouseholdFacts> households) {
            try {
                List<HouseholdScreening.Finding> found = new ArrayList<>();
                long withFindings = 0;
                for (HouseholdFacts household : households) {
                    int before = found.size();
                    found.addAll(screening.screen(household));
                    if (found.size() > before) {
                        withFindings++;
                    }
                }
                foundHouseholds.addAndGet(withFindings);
                synchronized (findings) {
                    found.forEach(findings::add);
                }
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
            }
        }

        long awaitAll() {
            pool.shutdown();
            try {
                if (!pool.awaitTermination(6, TimeUnit.HOURS)) {
                    throw new IllegalStateException("screening did not finish");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("screening interrupted", e);
            }
            if (failure.get() != null) {
                throw new IllegalStateException("screening failed", failure.get());
            }
            return foundHouseholds.get();
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }
}
