package org.minzheng.disclosure.pageviews;

import java.util.Locale;

/** Which public page of a region was read: its list of recipients or its statistics. */
public enum PageKind {
    LIST,
    STATS;

    public String labelKey() {
        return "disclosure.page." + name().toLowerCase(Locale.ROOT);
    }
}
