package org.minzheng.payment.benefit;

/**
 * A benefit record as a department sends or uploads it, not yet checked. Text as typed; the amount in fen,
 * {@code null} when missing or unreadable.
 */
record RecordDraft(
        String externalId,
        String idNumber,
        String name,
        String phone,
        String benefit,
        String month,
        Long amountFen,
        String paidOn,
        String note) {

    /** Drafts carry ID numbers: never into a log. */
    @Override
    public String toString() {
        return "RecordDraft[" + externalId + "]";
    }
}
