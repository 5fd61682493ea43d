package org.minzheng.payment.account;

import java.time.Instant;
import org.minzheng.shared.RegionCode;

/**
 * A recipient household's bank account as staff see it: the number masked.
 *
 * @param smsOptOut the household asked for no text message when money arrives
 */
public record BankAccount(
        long id,
        long recipientId,
        RegionCode village,
        String bankName,
        String holderName,
        String accountMasked,
        boolean smsOptOut,
        boolean demo,
        String updatedBy,
        Instant updatedAt,
        long version) {

    /** The last four digits, as a text message names the account. */
    public String tail() {
        return accountMasked.substring(Math.max(0, accountMasked.length() - 4));
    }
}
