package org.minzheng.workbench.jobs;

import java.time.Duration;
import java.time.Instant;
import org.minzheng.workbench.BackgroundJobs.JobStatus;

/** One job as the job page shows it. */
public record JobRow(
        long id,
        String kind,
        String title,
        String ownerName,
        JobStatus status,
        String stage,
        long total,
        long done,
        String summary,
        String resultPath,
        Instant startedAt,
        Instant finishedAt,
        boolean seen) {

    public boolean running() {
        return status == JobStatus.RUNNING;
    }

    /** Whole per cent done, or -1 while the number of steps is not known. */
    public int percent() {
        if (total <= 0) {
            return -1;
        }
        return (int) Math.min(100, done * 100 / total);
    }

    public long seconds() {
        Instant end = finishedAt == null ? Instant.now() : finishedAt;
        return Duration.between(startedAt, end).toSeconds();
    }
}
