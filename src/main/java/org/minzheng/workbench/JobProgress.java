package org.minzheng.workbench;

/** Where a running job stands; cheap to call for every row, the job page reads it a few times a second. */
public interface JobProgress {

    /** The number of steps, once known. */
    void total(long total);

    /** Steps done so far. */
    void done(long done);

    /** A short line on what the job is doing now, in the owner's language. */
    void stage(String stage);
}
