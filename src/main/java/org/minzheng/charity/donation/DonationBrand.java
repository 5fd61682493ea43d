package org.minzheng.charity.donation;

/**
 * Binzhou's five donation brands (捐赠品牌) and "other". A gift to an enterprise named fund or a village
 * mutual-aid fund must say which fund, since each of those funds reports its own total to its founders.
 */
enum DonationBrand {
    PARTY_MEMBER_DAY,
    ONE_DAY_DONATION,
    ENTERPRISE_FUND,
    VILLAGE_MUTUAL_AID,
    ONLINE,
    OTHER;

    boolean needsFundName() {
        return this == ENTERPRISE_FUND || this == VILLAGE_MUTUAL_AID;
    }

    public String messageKey() {
        return "charity.donation.brand." + name();
    }

    static DonationBrand parse(String name) {
        for (DonationBrand brand : values()) {
            if (brand.name().equals(name)) {
                return brand;
            }
        }
        return null;
    }
}
