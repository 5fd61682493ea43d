package org.minzheng.lottery.channel;

/** What kind of business a channel partner is. */
enum PartnerKind {
    CHAIN,
    MALL,
    ENTERPRISE,
    OTHER;

    public String messageKey() {
        return "lottery.partner.kind." + name();
    }

    static PartnerKind parse(String text) {
        for (PartnerKind kind : values()) {
            if (kind.name().equals(text)) {
                return kind;
            }
        }
        return null;
    }
}
