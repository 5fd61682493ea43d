package org.minzheng.policy.monitoring;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night the whole city is checked again, so a rule that was switched on or edited, or a standard
 * that rose, reaches every household by morning. The run itself is a background job (visible on the
 * 后台任务 page, off the one scheduler thread the SMS dispatcher shares); the lock only makes sure that
 * of several instances one starts it. It is held for at least half an hour, longer than any clock skew
 * between instances.
 */
@Component
class NightlyMonitoring {

    static final String LOCK = "monitoring-nightly";

    private final MonitoringJobs jobs;
    private final Regions regions;
    private final RegionCode city;

    NightlyMonitoring(MonitoringJobs jobs, Regions regions, @Value("${minzheng.city}") String city) {
        this.jobs = jobs;
        this.regions = regions;
        this.city = RegionCode.of(city);
    }

    @Scheduled(cron = "${minzheng.monitoring.nightly-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = LOCK, lockAtLeastFor = "PT30M", lockAtMostFor = "PT2H")
    public void startNightlyRun() {
        jobs.startUnattended(city, regions.nameOf(city));
    }
}
