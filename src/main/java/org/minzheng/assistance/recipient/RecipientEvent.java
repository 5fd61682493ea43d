package org.minzheng.assistance.recipient;

import java.time.Instant;
import java.time.YearMonth;
import org.minzheng.shared.Money;

/**
 * One entry of a recipient's history.
 *
 * @param effectiveMonth the month the change takes effect; null where none applies
 * @param amountBeforeFen the monthly amount before a change; null where the amount did not change
 * @param reasonCode the exit reason or the review outcome
 * @param cycleBefore the review cycle before a review that switched it
 */
record RecipientEvent(
        RecipientEventType type,
        Instant at,
        String actor,
        YearMonth effectiveMonth,
        Long amountBeforeFen,
        Long amountAfterFen,
        String reasonCode,
        ReviewCycle cycleBefore,
        ReviewCycle cycleAfter,
        String note) {

    public Money amountBefore() {
        return amountBeforeFen == null ? null : Money.ofFen(amountBeforeFen);
    }

    public Money amountAfter() {
        return amountAfterFen == null ? null : Money.ofFen(amountAfterFen);
    }

    /** The message key naming {@link #reasonCode()}, or null when there is none. */
    public String reasonKey() {
        if (reasonCode == null) {
            return null;
        }
        return switch (type) {
            case EXITED -> "recipient.exitReason." + reasonCode;
            case REVIEWED -> "recipient.outcome." + reasonCode;
            default -> null;
        };
    }

    public boolean cycleSwitched() {
        return cycleBefore != null && cycleAfter != null && cycleBefore != cycleAfter;
    }

    /** A history entry to write: who and when are filled in by the database and the signed-in clerk. */
    static RecipientEvent of(RecipientEventType type, YearMonth effectiveMonth, Long before, Long after, String note) {
        return new RecipientEvent(type, null, null, effectiveMonth, before, after, null, null, null, note);
    }

    RecipientEvent withReason(String code) {
        return new RecipientEvent(
                type, at, actor, effectiveMonth, amountBeforeFen, amountAfterFen, code, cycleBefore, cycleAfter, note);
    }

    RecipientEvent withCycles(ReviewCycle before, ReviewCycle after) {
        return new RecipientEvent(
                type, at, actor, effectiveMonth, amountBeforeFen, amountAfterFen, reasonCode, before, after, note);
    }
}
