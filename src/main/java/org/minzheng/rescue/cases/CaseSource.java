package org.minzheng.rescue.cases;

/** 受助来源: who brought the person in or how the station learned of them. */
public enum CaseSource {
    SELF,
    POLICE,
    URBAN_MANAGEMENT,
    PUBLIC,
    GRID_WORKER,
    OTHER_STATION;

    public String messageKey() {
        return "rescue.case.source." + name();
    }
}
