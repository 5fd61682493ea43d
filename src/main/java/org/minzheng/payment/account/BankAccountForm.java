package org.minzheng.payment.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minzheng.shared.validation.PlainText;

/**
 * A household's bank account as a clerk types it.
 *
 * @param version the version read, -1 when the household has no account yet
 * @param smsOptOut a box left unticked is not sent at all: null reads as false
 */
record BankAccountForm(
        long version,
        @NotBlank @Size(max = 40) @PlainText String bankName,
        @NotBlank @Size(max = 20) @PlainText String holderName,
        String accountNumber,
        Boolean smsOptOut) {

    BankAccountForm {
        smsOptOut = Boolean.TRUE.equals(smsOptOut);
    }

    static BankAccountForm empty(String holder) {
        return new BankAccountForm(-1, "", holder, "", false);
    }

    String normalisedNumber() {
        return BankAccountNumber.normalise(accountNumber);
    }
}
