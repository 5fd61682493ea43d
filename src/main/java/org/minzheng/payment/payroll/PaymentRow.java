package org.minzheng.payment.payroll;

import java.time.LocalDate;
import java.time.YearMonth;
import org.minzheng.shared.Money;
import org.minzheng.shared.RegionCode;

/**
 * A payment as the payroll page lists it: the account masked.
 *
 * @param adjustment the difference paid for an earlier month after a raise effective then (补差)
 */
public record PaymentRow(
        long id,
        String caseNumber,
        String headName,
        RegionCode village,
        YearMonth forMonth,
        long amountFen,
        String bankName,
        String accountMasked,
        PaymentStatus status,
        String failureReason,
        LocalDate paidOn,
        boolean demo,
        boolean adjustment) {

    public Money amount() {
        return Money.ofFen(amountFen);
    }
}
