package org.minzheng.charity.donation;

/** How the money arrived. */
enum DonationChannel {
    BANK_TRANSFER,
    CASH,
    ONLINE,
    CHEQUE;

    public String messageKey() {
        return "charity.donation.channel." + name();
    }

    static DonationChannel parse(String name) {
        for (DonationChannel channel : values()) {
            if (channel.name().equals(name)) {
                return channel;
            }
        }
        return null;
    }
}
