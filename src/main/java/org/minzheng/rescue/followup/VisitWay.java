package org.minzheng.rescue.followup;

enum VisitWay {
    HOME,
    PHONE,
    VIDEO;

    public String messageKey() {
        return "rescue.followup.way." + name();
    }
}
