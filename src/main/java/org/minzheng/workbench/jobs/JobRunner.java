package org.minzheng.workbench.jobs;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.shared.web.Messages;
import org.minzheng.workbench.BackgroundJobs;
import org.minzheng.workbench.JobOutcome;
import org.minzheng.workbench.JobRefusedException;
import org.minzheng.workbench.JobWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Runs background jobs on a small pool of its own, so a long import cannot starve the event listeners
 * that share Spring's task executor, and two big jobs at once cannot starve the web requests.
 */
@Service
class JobRunner implements BackgroundJobs {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobRepository jobs;
    private final Messages messages;
    private final ExecutorService pool;
    private final Set<Long> runningHere = ConcurrentHashMap.newKeySet();
    private final Duration abandonedAfter;

    JobRunner(
            JobRepository jobs,
            Messages messages,
            @Value("${minzheng.jobs.threads:2}") int threads,
            @Value("${minzheng.jobs.abandoned-after:PT5M}") Duration abandonedAfter) {
        this.jobs = jobs;
        this.messages = messages;
        this.pool = Executors.newFixedThreadPool(threads, new JobThreads());
        this.abandonedAfter = abandonedAfter;
    }

    @Override
    public long start(String kind, String title, JobWork work) {
        StaffPrincipal owner = CurrentStaff.require();
        long id = jobs.insert(
                kind,
                title,
                owner.accountId(),
                owner.displayName(),
                owner.regionCode().value());
        submit(id, work);
        return id;
    }

    @Override
    public long startUnattended(String kind, String title, String regionCode, JobWork work) {
        long id = jobs.insert(kind, title, null, null, regionCode);
        submit(id, work);
        return id;
    }

    @Override
    public Optional<JobState> state(long id) {
        return jobs.state(id);
    }

    private void submit(long id, JobWork work) {
        runningHere.add(id);
        // messages the job writes (its summary, its stages) speak the language of the page that started it
        Locale locale = LocaleContextHolder.getLocaleContext() == null
                ? Locale.SIMPLIFIED_CHINESE
                : LocaleContextHolder.getLocale();
        Runnable task = () -> {
            LocaleContextHolder.setLocale(locale);
            try {
                run(id, work);
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
        };
        // the owner's security context goes along, so audit rows written by the job name the owner
        pool.execute(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
    }

    private void run(long id, JobWork work) {
        ThrottledProgress progress = new ThrottledProgress(id, jobs);
        try {
            JobOutcome outcome = work.run(progress);
            progress.flush();
            jobs.succeed(id, outcome.summary(), outcome.resultPath());
        } catch (Exception | Error e) {
            log.warn("Background job {} failed", id, e);
            progress.flush();
            jobs.fail(id, failureSummary(e));
        } finally {
            runningHere.remove(id);
        }
    }

    private String failureSummary(Throwable e) {
        // a job's own refusal (a bad file) carries a message for the owner; anything else is our fault
        if (e instanceof JobRefusedException) {
            return e.getMessage();
        }
        return messages.get("jobs.failed.unexpected");
    }

    /**
     * Running jobs of this instance show they are alive; jobs of an instance that died are closed. Every
     * instance must beat for its own jobs, so this takes no ShedLock; closing the abandoned ones is one
     * conditional update that any instance may run, twice changing nothing. The pause between beats must
     * stay well below {@code minzheng.jobs.abandoned-after}, or a slow but living job is closed.
     */
    @Scheduled(
            fixedDelayString = "${minzheng.jobs.heartbeat-interval:PT1M}",
            initialDelayString = "${minzheng.jobs.heartbeat-interval:PT1M}")
    void heartbeat() {
        jobs.beat(runningHere);
        jobs.closeAbandoned(abandonedAfter, inChinese("jobs.failed.abandoned"));
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
        if (!runningHere.isEmpty()) {
            jobs.failAll(runningHere, inChinese("jobs.failed.shutdown"));
        }
    }

    /** Nobody's page asked for this message: it is stored in the language of the console's default. */
    private String inChinese(String key) {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        try {
            return messages.get(key);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private static final class JobThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "job-" + count.incrementAndGet());
            // a job must never keep the JVM from stopping
            thread.setDaemon(true);
            return thread;
        }
    }
}
