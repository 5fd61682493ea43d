package org.minzheng.lottery.outlet;

/** Outlet types; every kind but the dedicated betting shop is one of the new channels. */
enum OutletKind {
    TRADITIONAL,
    CHAIN_STORE,
    MALL,
    HAPPY_HALL,
    DISTRIBUTED;

    public String messageKey() {
        return "lottery.outlet.kind." + name();
    }

    public boolean newChannel() {
        return this != TRADITIONAL;
    }

    static OutletKind parse(String text) {
        for (OutletKind kind : values()) {
            if (kind.name().equals(text)) {
                return kind;
            }
        }
        return null;
    }
}
