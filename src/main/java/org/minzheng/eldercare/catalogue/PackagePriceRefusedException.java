package org.minzheng.eldercare.catalogue;

import org.minzheng.shared.Money;

/** A change would price a monthly package outside the band; nothing is stored. */
class PackagePriceRefusedException extends RuntimeException {

    private final int capabilityLevel;
    private final transient Money price;

    PackagePriceRefusedException(int capabilityLevel, Money price) {
        super("Package of capability level " + capabilityLevel + " would cost " + price.toYuanString());
        this.capabilityLevel = capabilityLevel;
        this.price = price;
    }

    int capabilityLevel() {
        return capabilityLevel;
    }

    Money price() {
        return price;
    }
}
