package org.minzheng.charity.donation;

/**
 * Where a pledge (认捐) stands, computed from the valid gifts naming it: fulfilled once they reach the pledged
 * amount, overdue when the due day has passed before that, partly fulfilled or still pending otherwise.
 */
enum PledgeStatus {
    PENDING,
    PARTIAL,
    FULFILLED,
    OVERDUE,
    CANCELLED;

    /** The same rule in SQL, over a pledge {@code l} and its fulfilled sum {@code fulfilled_fen}. */
    static final String SQL = """
            case when l.cancelled then 'CANCELLED'
                 when f.fulfilled_fen >= l.amount_fen then 'FULFILLED'
                 when l.due_on < :today then 'OVERDUE'
                 when f.fulfilled_fen > 0 then 'PARTIAL'
                 else 'PENDING' end""";

    public String messageKey() {
        return "charity.pledge.status." + name();
    }

    static PledgeStatus parse(String name) {
        for (PledgeStatus status : values()) {
            if (status.name().equals(name)) {
                return status;
            }
        }
        return null;
    }
}
