package org.minzheng.rescue.escort;

/** What the escort needs of a case: who (if known), which station holds them, whether they are still there. */
record CaseSummary(
        long id, String number, String name, String status, long stationId, String stationKind, String regionCode) {

    boolean inCare() {
        return "IN_CARE".equals(status);
    }
}
