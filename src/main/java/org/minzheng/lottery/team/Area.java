package org.minzheng.lottery.team;

import java.time.LocalDate;
import java.util.List;

/** 承包区: regions contracted to a team for a period, with its yearly target and this year's sales so far. */
record Area(
        long id,
        String name,
        long teamId,
        String teamName,
        LocalDate contractFrom,
        LocalDate contractTo,
        long yearlyTargetFen,
        String note,
        List<String> regionCodes,
        int outlets,
        long salesThisYearFen) {

    /** Share of the yearly target reached so far, in whole percent; 0 without a target. */
    public long percentOfTarget() {
        return yearlyTargetFen == 0 ? 0 : salesThisYearFen * 100 / yearlyTargetFen;
    }
}
