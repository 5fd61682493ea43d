package org.minzheng.rescue.network;

import java.util.Locale;

/** The posts in a rescue station. */
enum StationPost {
    DIRECTOR,
    CASEWORKER,
    SOCIAL_WORKER,
    MEDICAL,
    ESCORT,
    SECURITY,
    LOGISTICS;

    public String messageKey() {
        return "rescue.post." + name().toLowerCase(Locale.ROOT);
    }

    static StationPost parse(String name) {
        for (StationPost post : values()) {
            if (post.name().equals(name)) {
                return post;
            }
        }
        return null;
    }
}
