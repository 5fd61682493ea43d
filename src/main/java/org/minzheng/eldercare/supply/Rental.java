package org.minzheng.eldercare.supply;

import java.time.LocalDate;

/** A lent device as listed; {@code overdue} is worked out by the database against today. */
record Rental(
        long id,
        String elderName,
        String regionCode,
        String productName,
        LocalDate fromOn,
        LocalDate dueOn,
        LocalDate returnedOn,
        boolean overdue) {

    public boolean returned() {
        return returnedOn != null;
    }

    /** RETURNED, OVERDUE or ON_LOAN, as the list's filter names them. */
    String state() {
        return returned() ? "RETURNED" : overdue ? "OVERDUE" : "ON_LOAN";
    }
}
