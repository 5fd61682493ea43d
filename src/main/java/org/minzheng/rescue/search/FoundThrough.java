package org.minzheng.rescue.search;

/** How the family was found, for the reunification record and the year's figures. */
enum FoundThrough {
    MATCH,
    FINGERPRINT,
    FACE,
    DNA,
    NOTICE,
    MEDIA,
    LIVE_STREAM,
    SELF_RECALL,
    OTHER;

    public String messageKey() {
        return "rescue.search.reunite.through." + name();
    }
}
