package org.minzheng.charity.donation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/** Why a gift is voided: required, since a voided receipt must explain itself to auditors. */
record ReasonForm(
        @NotBlank(message = "{charity.donation.validation.voidReason}")
        @Size(max = 200, message = "{charity.donation.validation.voidReasonTooLong}")
        @PlainText
        String reason) {}
