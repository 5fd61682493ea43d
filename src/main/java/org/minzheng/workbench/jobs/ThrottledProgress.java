package org.minzheng.workbench.jobs;

import org.minzheng.workbench.JobProgress;

/**
 * Progress reported for every row but written to the database at most twice a second: an import of a
 * million rows must not become a million updates.
 */
final class ThrottledProgress implements JobProgress {

    private static final long INTERVAL_NANOS = 500_000_000L;

    private final long id;
    private final JobRepository jobs;
    private volatile long total;
    private volatile long done;
    private volatile String stage;
    private long lastWrite = System.nanoTime();

    ThrottledProgress(long id, JobRepository jobs) {
        this.id = id;
        this.jobs = jobs;
    }

    @Override
    public void total(long total) {
        this.total = total;
        maybeFlush();
    }

    @Override
    public void done(long done) {
        this.done = done;
        maybeFlush();
    }

    @Override
    public void stage(String stage) {
        this.stage = stage;
        flush();
    }

    private void maybeFlush() {
        if (System.nanoTime() - lastWrite >= INTERVAL_NANOS) {
            flush();
        }
    }

    synchronized void flush() {
        jobs.progress(id, total, done, stage);
        lastWrite = System.nanoTime();
    }
}
