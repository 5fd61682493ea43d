package org.minzheng.assistance.casework;

import static org.minzheng.assistance.CaseStatus.ACCEPTED;
import static org.minzheng.assistance.CaseStatus.ADVANCED;
import static org.minzheng.assistance.CaseStatus.CONFIRMED;
import static org.minzheng.assistance.CaseStatus.ENROLLED;
import static org.minzheng.assistance.CaseStatus.INVESTIGATED;
import static org.minzheng.assistance.CaseStatus.ON_NOTICE;
import static org.minzheng.assistance.CaseStatus.REFUSED;
import static org.minzheng.assistance.CaseStatus.REJECTED;
import static org.minzheng.assistance.CaseStatus.RETURNED;
import static org.minzheng.assistance.CaseStatus.SUBMITTED;
import static org.minzheng.assistance.CaseStatus.TRANSFERRED;

import java.util.Locale;
import java.util.Set;
import org.minzheng.assistance.CaseStatus;

/**
 * Every step a case can take, from which statuses, to which status, and who may take it. Nothing
 * changes a case's status except through one of these (see {@link CaseTransitions}).
 *
 * <p>Acceptance is for any tier that handles cases; the home visit for caseworkers; the initial
 * opinion, the public notice, objections and the 临时救助 fast track for the township; confirmation
 * for the county (低保办法 art. 2, 19-21). Confirmation starts from the notice for 低保 and 特困, and
 * from the investigation for 临时救助, which has no notice (2018 opinion).
 */
enum Transition {
    ACCEPT(Set.of(SUBMITTED), ACCEPTED, Permissions.HANDLE),
    RETURN(Set.of(SUBMITTED), RETURNED, Permissions.HANDLE),
    RESUME(Set.of(RETURNED), SUBMITTED, Permissions.HANDLE),
    TRANSFER(Set.of(SUBMITTED), SUBMITTED, Permissions.HANDLE),
    REJECT(Set.of(SUBMITTED), REJECTED, Permissions.HANDLE),
    INVESTIGATE(Set.of(ACCEPTED), INVESTIGATED, Permissions.INVESTIGATE),
    POST_NOTICE(Set.of(INVESTIGATED), ON_NOTICE, Permissions.REVIEW),
    REINVESTIGATE(Set.of(ON_NOTICE, INVESTIGATED), ACCEPTED, Permissions.REVIEW),
    CONFIRM(Set.of(ON_NOTICE, INVESTIGATED), CONFIRMED, Permissions.CONFIRM),
    REFUSE(Set.of(ON_NOTICE, INVESTIGATED), REFUSED, Permissions.CONFIRM),
    ADVANCE(Set.of(SUBMITTED, ACCEPTED), ADVANCED, Permissions.REVIEW),
    COMPLETE_ADVANCED(Set.of(ADVANCED), ENROLLED, Permissions.INVESTIGATE),
    /** Taken by the platform once the household is on the recipients' register, not by a person. */
    ENROL(Set.of(CONFIRMED), ENROLLED, null);

    private final Set<CaseStatus> from;
    private final CaseStatus to;
    private final String permission;

    Transition(Set<CaseStatus> from, CaseStatus to, String permission) {
        this.from = from;
        this.to = to;
        this.permission = permission;
    }

    Set<CaseStatus> from() {
        return from;
    }

    CaseStatus to() {
        return to;
    }

    /** The permission a staff member needs; null for the platform's own step. */
    String permission() {
        return permission;
    }

    /** The status the history shows for this step: a transfer is a step of its own. */
    CaseStatus step() {
        return this == TRANSFER ? TRANSFERRED : to;
    }

    /** The audit action's last word, e.g. {@code assistance.case.post-notice}. */
    String verb() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
