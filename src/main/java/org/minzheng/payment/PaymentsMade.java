package org.minzheng.payment;

import java.time.LocalDate;
import java.time.YearMonth;
import org.minzheng.assistance.Programme;
import org.minzheng.shared.RegionCode;
import org.springframework.modulith.events.Externalized;

/**
 * The bank confirmed payments of a county's monthly payroll (a return file read): how many and how much,
 * for the finance bureau's reconciliation of the assistance funds. One event per return file rather than per
 * household: a county's file holds up to 200,000 lines, and who received what is in the payment ledger and
 * the public lists (码上查), not in a message every subscriber keeps. Topic {@code minzheng.payment.paid},
 * keyed by the six-digit county code.
 *
 * @param payrollId the payroll the payments belong to; a payroll is settled by one or more return files
 * @param month the payroll's month (a payment for an earlier month after a raise is counted in it)
 * @param payments how many payments the bank confirmed with this file
 * @param amountFen their total
 * @param paidOn the day the return file was read
 */
@Externalized("minzheng.payment.paid::#{county().value().substring(0, 6)}")
public record PaymentsMade(
        long payrollId,
        RegionCode county,
        Programme programme,
        YearMonth month,
        int payments,
        long amountFen,
        LocalDate paidOn) {}
