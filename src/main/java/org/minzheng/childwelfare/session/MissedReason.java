package org.minzheng.childwelfare.session;

import java.util.Optional;

/** Why a planned session did not take place. */
enum MissedReason {
    ILLNESS,
    HOSPITAL,
    OUTING,
    THERAPIST_ABSENT,
    OTHER;

    public String messageKey() {
        return "childwelfare.session.reason." + name();
    }

    static Optional<MissedReason> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (MissedReason reason : values()) {
            if (reason.name().equals(text.strip())) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
