package org.minzheng.assistance.casework;

import java.time.LocalDate;
import java.time.YearMonth;
import org.minzheng.assistance.AssistanceCaseApproved;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.CaseRefused;
import org.minzheng.assistance.CaseStatus;
import org.minzheng.assistance.Programme;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.Money;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review and confirmation after the home visit (低保办法 art. 19-21): the township posts its initial
 * opinion for 7 days in the village, records objections and resolves them (an upheld one sends the
 * case back to investigation and extends the procedure to 45 working days); the county then confirms
 * or refuses. 临时救助 has no notice: the county (or the township it delegated to) decides on the
 * investigation. Confirmation publishes {@link AssistanceCaseApproved}.
 */
@Service
@Transactional
class CaseReview {

    private final CaseRepository repository;
    private final ObjectionRepository objections;
    private final HomeVisitRepository visits;
    private final CaseTransitions transitions;
    private final CaseDeadlines deadlines;
    private final CaseService cases;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    CaseReview(
            CaseRepository repository,
            ObjectionRepository objections,
            HomeVisitRepository visits,
            CaseTransitions transitions,
            CaseDeadlines deadlines,
            CaseService cases,
            PersonalDataCipher cipher,
            AuditLog audit,
            ApplicationEventPublisher events,
            MessageSource messages) {
        this.repository = repository;
        this.objections = objections;
        this.visits = visits;
        this.transitions = transitions;
        this.deadlines = deadlines;
        this.cases = cases;
        this.cipher = cipher;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
    }

    /** The township's initial opinion goes up in the village for 7 days; the county's clock starts after. */
    void postNotice(CaseNumber number, long version, String opinion, DataScope scope, LocalDate today) {
        StoredCase found = transitions.forStep(number, scope, Transition.POST_NOTICE);
        if (found.programme() == Programme.TEMPORARY) {
            throw new CaseRefused("assistance.refused.noNotice");
        }
        requireCompletedVisit(found);
        LocalDate until = CaseDeadlines.noticeUntil(today);
        String note = messages.getMessage(
                "assistance.notice.step", new Object[] {opinion, today, until}, CaseService.SMS_LOCALE);
        transitions.take(found, version, Transition.POST_NOTICE, deadlines.countyDue(until, found.programme()), note);
        repository.setNotice(found.id(), today, until);
        cases.tell(
                cases.phoneOf(found), "assistance.sms.notice", "assistance.case.notice", number, number.value(), until);
    }

    void recordObjection(
            CaseNumber number, String objector, String content, LocalDate raisedOn, DataScope scope, LocalDate today) {
        require(Permissions.REVIEW);
        StoredCase found = transitions.inScope(number, scope);
        if (found.status() != CaseStatus.ON_NOTICE) {
            throw new CaseRefused("assistance.refused.status");
        }
        if (raisedOn.isAfter(today) || raisedOn.isBefore(found.noticeFrom())) {
            throw new CaseRefused("assistance.objection.refused.date");
        }
        objections.add(found.id(), raisedOn, blankToNull(objector), content, CaseTransitions.actor());
        audit.record(
                AuditEvent.operation("assistance.case.objection", CaseService.TARGET, number.value(), found.village())
                        .withDetail(content));
    }

    /**
     * Dismisses an objection with the finding, or upholds it: the case goes back to investigation (the
     * visit opens for changes) and the procedure may run to 45 working days (art. 22).
     */
    void resolveObjection(
            CaseNumber number,
            long version,
            long objectionId,
            boolean upheld,
            String resolution,
            DataScope scope,
            LocalDate today) {
        require(Permissions.REVIEW);
        StoredCase found = transitions.inScope(number, scope);
        if (found.status() != CaseStatus.ON_NOTICE) {
            throw new CaseRefused("assistance.refused.status");
        }
        if (!objections.resolve(found.id(), objectionId, upheld, resolution, CaseTransitions.actor())) {
            throw new CaseRefused("assistance.objection.refused.resolved");
        }
        audit.record(AuditEvent.operation(
                        "assistance.case.objection-" + (upheld ? "upheld" : "dismissed"),
                        CaseService.TARGET,
                        number.value(),
                        found.village())
                .withDetail(resolution));
        if (upheld) {
            LocalDate accepted = found.acceptedAt() == null
                    ? today
                    : found.acceptedAt().atZone(CaseService.CHINA).toLocalDate();
            LocalDate extended = deadlines.extendedFinalDue(accepted);
            transitions.take(found, version, Transition.REINVESTIGATE, extended, resolution);
            repository.extendFinalDeadline(found.id(), extended);
            visits.reopen(found.id());
        }
    }

    /**
     * Confirms on the means test's amount: after a notice that has run its days with no open objection
     * (低保, 特困), or on the investigation (临时救助). 低保 and 特困 are paid from the month after
     * approval (低保办法 art. 21); 临时救助 in the month of approval.
     */
    void confirm(CaseNumber number, long version, DataScope scope, LocalDate today) {
        StoredCase found = transitions.forStep(number, scope, Transition.CONFIRM);
        requireDecidable(found, today);
        HomeVisitRepository.Stored visit = requireCompletedVisit(found);
        if (!visit.eligible() || visit.amountFen() <= 0) {
            throw new CaseRefused("assistance.refused.notEligible");
        }
        YearMonth start = found.programme() == Programme.TEMPORARY
                ? YearMonth.from(today)
                : YearMonth.from(today).plusMonths(1);
        String note = messages.getMessage(
                found.programme() == Programme.TEMPORARY ? "assistance.confirm.stepOnce" : "assistance.confirm.step",
                new Object[] {
                    Money.ofFen(visit.amountFen()).format(),
                    String.valueOf(start.getYear()),
                    String.valueOf(start.getMonthValue())
                },
                CaseService.SMS_LOCALE);
        transitions.take(found, version, Transition.CONFIRM, null, note);
        repository.setApproval(found.id(), visit.amountFen(), today, start, false);
        events.publishEvent(new AssistanceCaseApproved(
                number, found.village(), found.programme(), visit.amountFen(), start, today, false));
    }

    void refuse(CaseNumber number, long version, String reason, DataScope scope, LocalDate today) {
        StoredCase found = transitions.forStep(number, scope, Transition.REFUSE);
        requireDecidable(found, today);
        transitions.take(found, version, Transition.REFUSE, null, reason);
        cases.tell(
                cases.phoneOf(found),
                "assistance.sms.refused",
                "assistance.case.refused",
                number,
                number.value(),
                reason);
    }

    private void requireDecidable(StoredCase found, LocalDate today) {
        if (found.programme() == Programme.TEMPORARY) {
            if (found.status() != CaseStatus.INVESTIGATED) {
                throw new CaseRefused("assistance.refused.status");
            }
            return;
        }
        if (found.status() != CaseStatus.ON_NOTICE) {
            throw new CaseRefused("assistance.refused.noticeFirst");
        }
        if (!found.noticeOver(today)) {
            throw new CaseRefused("assistance.refused.noticeRunning");
        }
        if (objections.anyOpen(found.id())) {
            throw new CaseRefused("assistance.refused.openObjection");
        }
    }

    private HomeVisitRepository.Stored requireCompletedVisit(StoredCase found) {
        return visits.find(found.id())
                .filter(visit -> visit.completedAt() != null)
                .orElseThrow(() -> new CaseRefused("assistance.refused.visitFirst"));
    }

    private static void require(String permission) {
        if (!CurrentStaff.authorities().contains(permission)) {
            throw new AccessDeniedException("missing " + permission);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
