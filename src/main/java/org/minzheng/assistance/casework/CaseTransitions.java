package org.minzheng.assistance.casework;

import java.time.LocalDate;
import org.minzheng.assistance.AssistanceCaseMoved;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.CaseRefused;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a case changes status: checks who may take the step, that the case is where the step
 * starts and still at the version the clerk read; then writes the history row and the audit entry
 * and publishes {@link AssistanceCaseMoved}, all in the caller's transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CaseTransitions {

    private final CaseRepository repository;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CaseTransitions(CaseRepository repository, AuditLog audit, ApplicationEventPublisher events) {
        this.repository = repository;
        this.audit = audit;
        this.events = events;
    }

    /** The case when it lies in the scope; 404 otherwise, so a number outside it reveals nothing. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    StoredCase inScope(CaseNumber number, DataScope scope) {
        return repository.find(number, scope).orElseThrow(() -> new NotFoundException("assistance case"));
    }

    /**
     * The case for a step the signed-in clerk means to take: refuses first who may not take it, so
     * that a wrong role learns nothing from the case's status.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    StoredCase forStep(CaseNumber number, DataScope scope, Transition transition) {
        permit(transition);
        return inScope(number, scope);
    }

    static void permit(Transition transition) {
        String permission = transition.permission();
        if (permission != null && !CurrentStaff.authorities().contains(permission)) {
            throw new AccessDeniedException("missing " + permission);
        }
    }

    /**
     * @param deadline the legal deadline of the step the case enters, null when none runs
     * @param note what the applicant or the file is told (a reason, the missing material), or null
     */
    void take(StoredCase found, long version, Transition transition, LocalDate deadline, String note) {
        permit(transition);
        if (found.version() != version) {
            throw new OptimisticLockingFailureException("case changed since the clerk read it");
        }
        if (!transition.from().contains(found.status())) {
            throw new CaseRefused("assistance.refused.status");
        }
        if (!repository.move(found.id(), version, transition.from(), transition.to(), deadline)) {
            throw new OptimisticLockingFailureException("case changed meanwhile");
        }
        repository.addStep(found.id(), transition.step(), actor(), note);
        AuditEvent event = AuditEvent.operation(
                "assistance.case." + transition.verb(),
                CaseService.TARGET,
                found.number().value(),
                found.village());
        audit.record(note == null ? event : event.withDetail(note));
        events.publishEvent(new AssistanceCaseMoved(
                found.number(),
                found.village(),
                found.programme(),
                found.status(),
                transition.to(),
                transition.step()));
    }

    /** The signed-in clerk, or null when the platform itself takes the step. */
    static String actor() {
        return CurrentStaff.principal().map(StaffPrincipal::username).orElse(null);
    }
}
