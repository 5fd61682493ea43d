package org.minzheng.payment.payroll;

import java.time.Instant;
import java.time.YearMonth;
import org.minzheng.assistance.Programme;
import org.minzheng.shared.RegionCode;

/** The payroll of one county, programme and month. */
public record Payroll(
        long id,
        RegionCode county,
        Programme programme,
        YearMonth month,
        PayrollStatus status,
        String generatedBy,
        Instant generatedAt,
        String approvedBy,
        Instant approvedAt,
        long version) {}
