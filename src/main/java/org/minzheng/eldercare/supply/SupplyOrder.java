package org.minzheng.eldercare.supply;

import java.time.LocalDate;

/** A delivery order as listed. */
record SupplyOrder(
        long id,
        String elderName,
        String regionCode,
        String productName,
        int quantity,
        String status,
        LocalDate orderedOn,
        LocalDate deliveredOn) {

    public boolean delivered() {
        return "DELIVERED".equals(status);
    }
}
