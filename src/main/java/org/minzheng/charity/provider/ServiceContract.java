package org.minzheng.charity.provider;

import java.time.LocalDate;

/** A service contract (服务合同) from an awarded bid, with what has been paid on it so far (refunds netted). */
record ServiceContract(
        long id,
        long tenderId,
        String tenderTitle,
        String number,
        TenderProject project,
        long providerId,
        String providerName,
        long amountFen,
        long paidFen,
        LocalDate signedOn,
        LocalDate startsOn,
        LocalDate endsOn,
        ServiceContractStatus status) {

    public long remainingFen() {
        return amountFen - paidFen;
    }

    public boolean active() {
        return status == ServiceContractStatus.ACTIVE;
    }
}
