package org.minzheng.assistance.recipient;

import java.time.YearMonth;

/**
 * What a reviewer recorded.
 *
 * @param cycle the cycle from now on, switched when the household's situation calls for it
 * @param amountFen the new monthly amount, for {@link ReviewOutcome#AMOUNT_CHANGED}
 * @param from the month a change takes effect; null when nothing changes
 * @param exitReason why the benefit ends, for {@link ReviewOutcome#EXITED}
 */
record ReviewDecision(
        ReviewOutcome outcome, ReviewCycle cycle, String note, long amountFen, YearMonth from, ExitReason exitReason) {}
