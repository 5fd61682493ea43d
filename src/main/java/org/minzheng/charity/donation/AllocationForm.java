package org.minzheng.charity.donation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/** Money the clerk moves from the general fund to a project, and why (the ledger keeps the reason). */
record AllocationForm(
        @NotNull(message = "{charity.fund.validation.project}")
        Long projectId,

        @NotBlank(message = "{charity.donation.validation.amount}")
        String amountYuan,

        @NotBlank(message = "{charity.fund.validation.reason}")
        @Size(max = 200, message = "{charity.fund.validation.reasonTooLong}")
        @PlainText
        String reason) {

    static AllocationForm empty() {
        return new AllocationForm(null, "", "");
    }
}
