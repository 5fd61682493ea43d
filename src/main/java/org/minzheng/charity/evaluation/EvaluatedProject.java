package org.minzheng.charity.evaluation;

import java.time.LocalDate;

/** A charity project as evaluations see it. */
record EvaluatedProject(
        long id, String name, String organisation, String regionCode, String status, LocalDate startsOn) {

    /** Only a project that runs or has run has work to evaluate. */
    public boolean evaluable() {
        return "RUNNING".equals(status) || "CLOSED".equals(status);
    }

    public String statusKey() {
        return "charity.project.status." + status;
    }
}
