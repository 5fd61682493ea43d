package org.minzheng.workbench;

import java.util.Optional;

/**
 * Long work (imports, screening of the whole registry) that runs after the request has answered. Each
 * job is a row on the 后台任务 page with its progress; when it ends, its owner finds a notice there.
 * The work runs with the security context of the staff member who started it, so its audit entries
 * name that person.
 */
public interface BackgroundJobs {

    /**
     * Starts {@code work} for the signed-in staff member and returns at once.
     *
     * @param kind a short code of the kind of work, e.g. {@code registry.import}
     * @param title what the owner reads on the job page, already in their language
     * @return the job's id; its page is {@code /console/jobs/{id}}
     */
    long start(String kind, String title, JobWork work);

    /** Starts work nobody asked for (a nightly run), visible to staff whose scope covers {@code regionCode}. */
    long startUnattended(String kind, String title, String regionCode, JobWork work);

    /** The job's state as its owner sees it; empty when unknown. */
    Optional<JobState> state(long id);

    /** How a job stands. */
    enum JobStatus {
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    /**
     * A job's state.
     *
     * @param total the number of steps when known, else 0
     * @param done the steps done so far
     * @param summary what the work reported when it ended
     * @param resultPath a console page with the result, or null
     */
    record JobState(long id, JobStatus status, long total, long done, String summary, String resultPath) {}
}
