package org.minzheng.shared.scheduling;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the listeners of event publications again whose first run failed or was cut off, on one instance.
 *
 * <p>Spring Modulith could instead re-run every incomplete publication when an instance starts
 * ({@code republish-outstanding-events-on-restart}); with several instances that would re-run the
 * publications another living instance is processing at that moment, so it is off. A publication whose
 * instance died stays PUBLISHED or PROCESSING: the staleness check ({@code spring.modulith.events.staleness.*})
 * marks it FAILED once it is older than any listener takes, and this job resubmits FAILED ones. Each
 * resubmission first claims the row ({@code status = 'RESUBMITTED'} where it was not), so even two rounds at
 * once re-run a listener once. Listeners still see an event at least once, never exactly once: one that died
 * after its work committed but before its publication was marked complete runs again.
 */
@Component
class EventPublicationRetries {

    /** Younger failures wait: the instance that published may still be retrying on its own. */
    private static final Duration MIN_AGE = Duration.ofMinutes(1);

    private final FailedEventPublications failed;

    EventPublicationRetries(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(
            fixedDelayString = "${minzheng.events.retry-interval:PT5M}",
            initialDelayString = "${minzheng.events.retry-interval:PT5M}")
    @SchedulerLock(name = "event-publication-retries", lockAtMostFor = "PT30M")
    void resubmitFailed() {
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(MIN_AGE));
    }
}
