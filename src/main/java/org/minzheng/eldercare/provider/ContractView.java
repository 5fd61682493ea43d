package org.minzheng.eldercare.provider;

import java.time.LocalDate;

/** A service contract, whose status follows from its dates. */
record ContractView(String number, LocalDate validFrom, LocalDate validTo) {

    public ContractStatus statusOn(LocalDate day) {
        if (day.isBefore(validFrom)) {
            return ContractStatus.PENDING;
        }
        return day.isAfter(validTo) ? ContractStatus.EXPIRED : ContractStatus.ACTIVE;
    }
}
