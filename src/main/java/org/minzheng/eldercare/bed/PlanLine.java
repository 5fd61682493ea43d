package org.minzheng.eldercare.bed;

/** One adaptation item of a bed's plan, priced when planned. Amounts in fen. */
record PlanLine(long itemId, String name, String unit, int quantity, long unitPriceFen, long coPaymentFen) {

    public long amountFen() {
        return quantity * unitPriceFen;
    }
}
