package org.minzheng.charity.provider;

import java.time.LocalDate;

/** Money paid to a provider out of the project fund; a refund has a negative amount. */
record ProviderPayment(
        long id,
        long contractId,
        String contractNumber,
        String providerName,
        String projectName,
        Long deliverableId,
        String deliverableDescription,
        long amountFen,
        LocalDate paidOn,
        String voucherNumber,
        String note,
        String paidBy) {

    public boolean refund() {
        return amountFen < 0;
    }
}
