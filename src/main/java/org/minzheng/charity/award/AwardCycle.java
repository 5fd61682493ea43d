package org.minzheng.charity.award;

import java.time.LocalDate;

/** One "three tens" selection, held every two years. */
record AwardCycle(
        long id,
        String name,
        int firstYear,
        int lastYear,
        LocalDate nominationsClose,
        CycleStatus status,
        LocalDate publishedOn,
        String createdBy) {

    /** Nominations are taken while the cycle nominates, up to and including its closing day. */
    public boolean takesNominations(LocalDate today) {
        return status == CycleStatus.NOMINATING && !today.isAfter(nominationsClose);
    }

    public boolean published() {
        return status == CycleStatus.PUBLISHED;
    }
}
