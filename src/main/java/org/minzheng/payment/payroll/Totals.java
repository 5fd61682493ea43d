package org.minzheng.payment.payroll;

import org.minzheng.shared.Money;
import org.minzheng.shared.RegionCode;

/**
 * Counts and money of a payroll, or of one township in it.
 *
 * @param place the township, or null for the payroll as a whole
 */
public record Totals(
        RegionCode place,
        long count,
        long totalFen,
        long arrears,
        long paid,
        long paidFen,
        long failed,
        long failedFen,
        long waiting) {

    public Money total() {
        return Money.ofFen(totalFen);
    }

    public Money paidMoney() {
        return Money.ofFen(paidFen);
    }

    public Money failedMoney() {
        return Money.ofFen(failedFen);
    }
}
