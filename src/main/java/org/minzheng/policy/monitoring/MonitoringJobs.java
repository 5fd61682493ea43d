package org.minzheng.policy.monitoring;

import java.util.Locale;
import org.minzheng.shared.RegionCode;
import org.minzheng.workbench.BackgroundJobs;
import org.minzheng.workbench.JobOutcome;
import org.minzheng.workbench.JobWork;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A run over a whole region as a background job, with its progress on the 后台任务 page. */
@Component
class MonitoringJobs {

    static final String KIND = "policy.monitoring";

    /** The registry's warning list, where the owner of a run finds what it raised. */
    static final String WARNINGS = "/console/registry/warnings";

    private final MonitoringRun run;
    private final BackgroundJobs jobs;
    private final MessageSource messages;

    MonitoringJobs(MonitoringRun run, BackgroundJobs jobs, MessageSource messages) {
        this.run = run;
        this.jobs = jobs;
        this.messages = messages;
    }

    /** Starts a run over {@code region} for the signed-in staff member; @return the job's id */
    long start(RegionCode region, String regionName) {
        Locale locale = LocaleContextHolder.getLocale();
        return jobs.start(KIND, message("monitoringRule.run.title", locale, regionName), work(region, locale));
    }

    /** Starts the nightly run nobody asked for; it shows to staff whose scope covers {@code region}. */
    long startUnattended(RegionCode region, String regionName) {
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        return jobs.startUnattended(
                KIND,
                message("monitoringRule.run.nightlyTitle", locale, regionName),
                region.value(),
                work(region, locale));
    }

    private JobWork work(RegionCode region, Locale locale) {
        return progress -> {
            progress.stage(message("monitoringRule.run.stage", locale));
            RunTally tally = run.region(region, progress::done);
            return new JobOutcome(
                    message(
                            tally.failed() == 0 ? "monitoringRule.run.done" : "monitoringRule.run.doneWithFailures",
                            locale,
                            tally.households(),
                            tally.raised(),
                            tally.alreadyKnown(),
                            tally.failed()),
                    WARNINGS);
        };
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
