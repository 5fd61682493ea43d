package org.minzheng.rescue.search;

/** Who told the station of a missing person. */
enum ReportSource {
    FAMILY,
    POLICE,
    NATIONAL_PLATFORM,
    OTHER_STATION,
    MEDIA;

    public String messageKey() {
        return "rescue.search.report.source." + name();
    }
}
