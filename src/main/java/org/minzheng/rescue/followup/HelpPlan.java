package org.minzheng.rescue.followup;

import java.time.LocalDate;
import java.util.List;

record HelpPlan(
        long id,
        long assessmentId,
        String countyCode,
        String socialWorkers,
        String socialWorkOrg,
        List<HelpMeasure> measures,
        String goals,
        LocalDate startsOn,
        LocalDate reviewOn,
        String status,
        String outcome,
        String createdBy) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
