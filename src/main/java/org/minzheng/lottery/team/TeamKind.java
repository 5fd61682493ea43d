package org.minzheng.lottery.team;

/** The "1+3" model: the channel department and the three teams that open and look after outlets. */
enum TeamKind {
    CHANNEL_DEPARTMENT,
    OUTLET_MANAGERS,
    SOCIAL_CHANNEL_SERVICE,
    DISTRIBUTION;

    public String messageKey() {
        return "lottery.team.kind." + name();
    }

    static TeamKind parse(String text) {
        for (TeamKind kind : values()) {
            if (kind.name().equals(text)) {
                return kind;
            }
        }
        return null;
    }
}
