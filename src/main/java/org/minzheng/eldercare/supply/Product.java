package org.minzheng.eldercare.supply;

/** A catalogue entry; for a rental {@code priceFen} is the monthly rent. */
record Product(
        long id,
        String name,
        String kind,
        String unit,
        long priceFen,
        long depositFen,
        int stock,
        boolean illustrative) {

    public boolean rental() {
        return "RENTAL".equals(kind);
    }
}
