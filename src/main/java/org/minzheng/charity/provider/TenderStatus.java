package org.minzheng.charity.provider;

/** A tender takes bids while OPEN and ends either AWARDED (with a contract) or CANCELLED. */
enum TenderStatus {
    OPEN,
    AWARDED,
    CANCELLED;

    public String messageKey() {
        return "charity.tender.status." + name();
    }

    static TenderStatus parse(String name) {
        for (TenderStatus s : values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }
}
