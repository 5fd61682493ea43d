package org.minzheng.assistance.meanstest;

/** Kinds of household assets (低保办法 art. 14); each line can be exempted as essential to living or production. */
public enum AssetKind {
    DEPOSIT,
    SECURITIES,
    VEHICLE,
    HOUSING,
    OTHER;

    public String labelKey() {
        return "meanstest.asset." + name();
    }
}
