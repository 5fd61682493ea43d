package org.minzheng.payment.benefit;

import java.time.LocalDate;
import java.time.YearMonth;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.PhoneNumber;

/**
 * A checked benefit record of one department: one benefit paid to one person for one month.
 *
 * @param externalId the department's own id of the record, unique within the department
 * @param phone the person's mobile when the department knows it, else {@code null}
 * @param paidOn the day the money was paid, when known
 * @param note the department's remark, or {@code null}
 */
record BenefitRecord(
        String externalId,
        IdNumber idNumber,
        String name,
        PhoneNumber phone,
        String benefit,
        YearMonth month,
        long amountFen,
        LocalDate paidOn,
        String note) {}
