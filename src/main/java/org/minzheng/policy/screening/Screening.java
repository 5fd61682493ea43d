package org.minzheng.policy.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.shared.web.Messages;
import org.minzheng.workbench.BackgroundJobs;
import org.minzheng.workbench.JobOutcome;
import org.minzheng.workbench.JobWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * 政策找人: screening runs started by staff for their region, or every night for the whole city. A run
 * is a background job; ShedLock lets one instance of several take the nightly run.
 */
@Service
class Screening {

    private static final Logger log = LoggerFactory.getLogger(Screening.class);

    private final Screener screener;
    private final ScreeningRuns runs;
    private final BackgroundJobs jobs;
    private final Regions regions;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;
    private final RegionCode city;

    Screening(
            Screener screener,
            ScreeningRuns runs,
            BackgroundJobs jobs,
            Regions regions,
            AuditLog audit,
            Messages messages,
            Clock clock,
            @Value("${minzheng.city}") String city) {
        this.screener = screener;
        this.runs = runs;
        this.jobs = jobs;
        this.regions = regions;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.city = RegionCode.of(city);
    }

    /** A run over the staff member's whole region, now; empty when one is already running there. */
    Optional<Long> startFor(StaffPrincipal staff) {
        RegionCode region = staff.regionCode();
        LocalDate day = LocalDate.now(clock);
        Optional<Long> run = runs.begin(region, day, ScreeningTrigger.ON_DEMAND, staff.displayName());
        run.ifPresent(id -> {
            audit.record(AuditEvent.operation("policy.screening.start", "screening-run", id.toString(), region));
            String title = messages.get("screening.job.title", regions.nameOf(region));
            runs.attachJob(id, jobs.start("policy.screening", title, work(id, region, day)));
        });
        return run;
    }

    /** Every night, the whole city, on one instance only. */
    @Scheduled(cron = "${minzheng.screening.nightly-cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "screening-nightly", lockAtLeastFor = "PT30M", lockAtMostFor = "PT6H")
    void nightly() {
        LocalDate day = LocalDate.now(clock);
        Optional<Long> run = runs.begin(city, day, ScreeningTrigger.NIGHTLY, null);
        if (run.isEmpty()) {
            log.info("Nightly screening skipped: a run over the city is still going");
            return;
        }
        String title = messages.get("screening.job.nightly", regions.nameOf(city));
        runs.attachJob(
                run.get(), jobs.startUnattended("policy.screening", title, city.value(), work(run.get(), city, day)));
    }

    private JobWork work(long runId, RegionCode region, LocalDate day) {
        return progress -> {
            try {
                Screener.Tally tally = screener.run(runId, region, day, progress);
                return new JobOutcome(
                        messages.get(
                                "screening.job.done",
                                tally.households(),
                                tally.persons(),
                                tally.policies(),
                                tally.foundHouseholds()),
                        "/console/policy/screening/runs/" + runId);
            } catch (RuntimeException | Error e) {
                runs.fail(runId);
                throw e;
            }
        };
    }
}
