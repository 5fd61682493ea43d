package org.minzheng.payment.benefit;

import java.time.YearMonth;

/**
 * The console list's filters.
 *
 * @param department a department code, or empty for all
 * @param month the month, or {@code null} for all
 * @param personIndex the blind index of an ID number searched for, or empty
 */
record RecordSearch(String department, YearMonth month, String personIndex) {}
