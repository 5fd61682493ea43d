package org.minzheng.workbench;

/**
 * What a finished job tells its owner.
 *
 * @param summary one or two sentences in the owner's language
 * @param resultPath a console page with the result (the import report, the screening list), or null
 */
public record JobOutcome(String summary, String resultPath) {

    public JobOutcome {
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("a job outcome says what happened");
        }
    }
}
