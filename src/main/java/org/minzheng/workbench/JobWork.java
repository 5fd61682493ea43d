package org.minzheng.workbench;

/** The work of a background job. */
@FunctionalInterface
public interface JobWork {

    /**
     * Does the work, telling {@code progress} how far it got.
     *
     * @return what to tell the owner when it ends
     * @throws Exception anything thrown fails the job; its message is shown to the owner
     */
    JobOutcome run(JobProgress progress) throws Exception;
}
