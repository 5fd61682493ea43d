package org.minzheng.rescue.escort;

/** Escorts of a year in the staff member's scope: all, cross-province, and cross-province ones done by the city. */
record EscortStatistics(long total, long crossProvince, long crossByCity) {

    /** Percent of cross-province escorts done by the city station, or null when there were none. */
    public Long cityShare() {
        return crossProvince == 0 ? null : Math.round(100.0 * crossByCity / crossProvince);
    }
}
