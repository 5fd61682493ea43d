package org.minzheng.workbench;

/**
 * Thrown by a job's work when it cannot go on for a reason its owner can fix (the file is not a
 * collection file, a column is missing); the message, in the owner's language, becomes the job's summary.
 */
public class JobRefusedException extends RuntimeException {

    public JobRefusedException(String message) {
        super(message);
    }
}
