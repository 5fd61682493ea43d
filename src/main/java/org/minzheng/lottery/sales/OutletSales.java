package org.minzheng.lottery.sales;

import java.time.LocalDate;

/** One outlet's sales in a period against its baseline, for the drill-down list. */
record OutletSales(
        long id,
        String code,
        String name,
        String kind,
        String regionCode,
        LocalDate openedOn,
        LocalDate closedOn,
        String teamName,
        long currentFen,
        long baselineFen) {

    public long incrementFen() {
        return currentFen - baselineFen;
    }
}
