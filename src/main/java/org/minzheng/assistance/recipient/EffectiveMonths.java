package org.minzheng.assistance.recipient;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Which months a change may take effect from: not before the benefit started, since nothing was
 * paid earlier, and at most a year ahead, since a decision further out is a typing error more often
 * than a plan. A month in the past corrects what was paid and is left to the county's judgement.
 */
final class EffectiveMonths {

    static final int MONTHS_AHEAD = 12;

    private EffectiveMonths() {}

    static boolean allows(Recipient recipient, YearMonth month, LocalDate today) {
        return !month.isBefore(recipient.startMonth())
                && !month.isAfter(YearMonth.from(today).plusMonths(MONTHS_AHEAD));
    }
}
