package org.minzheng.assistance.casework;

import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.CaseRefused;
import org.minzheng.assistance.CaseStatus;
import org.minzheng.assistance.meanstest.MeansTest;
import org.minzheng.assistance.meanstest.MeansTestResult;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.policy.AssistanceStandards;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.Money;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home visit of a case and its means test (随入户、随采集、随录入、随核算、随分析): the caseworker
 * saves as often as they like while the case is under investigation, sees the means test on every
 * save, and completes the visit when the household has been seen; completing it takes the case to
 * the township's initial opinion (or, for 临时救助 paid first, closes the file).
 */
@Service
@Transactional
class HomeVisits {

    private static final String ID_CONTEXT = "assistance.home_visits.id_number";
    private static final int MIN_INVESTIGATORS = 2;

    private final CaseRepository cases;
    private final HomeVisitRepository visits;
    private final CaseTransitions transitions;
    private final CaseDeadlines deadlines;
    private final AssistanceStandards standards;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;
    private final MessageSource messages;

    HomeVisits(
            CaseRepository cases,
            HomeVisitRepository visits,
            CaseTransitions transitions,
            CaseDeadlines deadlines,
            AssistanceStandards standards,
            PersonalDataCipher cipher,
            AuditLog audit,
            MessageSource messages) {
        this.cases = cases;
        this.visits = visits;
        this.transitions = transitions;
        this.deadlines = deadlines;
        this.standards = standards;
        this.cipher = cipher;
        this.audit = audit;
        this.messages = messages;
    }

    /** The visit recorded for a case in scope, with its ID numbers decrypted for the caseworker's form. */
    @Transactional(readOnly = true)
    Optional<Recorded> find(StoredCase found) {
        return visits.find(found.id()).map(stored -> new Recorded(visit(stored.document()), stored));
    }

    MeansTestResult assess(StoredCase found, HomeVisit visit, LocalDate today) {
        return MeansTest.assess(found.programme(), visit.means(today), standards.inForce(found.village(), today));
    }

    /** Whether the case is where the visit can be recorded: under investigation, or paid first. */
    static boolean open(StoredCase found) {
        return found.status() == CaseStatus.ACCEPTED || found.status() == CaseStatus.ADVANCED;
    }

    /**
     * Saves the visit on the version the caseworker read.
     *
     * @return the means test on the saved figures
     * @throws OptimisticLockingFailureException when someone else saved first: nothing is overwritten
     */
    MeansTestResult save(CaseNumber number, long visitVersion, HomeVisit visit, DataScope scope, LocalDate today) {
        requireInvestigator();
        StoredCase found = transitions.inScope(number, scope);
        if (!open(found)) {
            throw new CaseRefused("assistance.refused.status");
        }
        MeansTestResult result = assess(found, visit, today);
        boolean first = visitVersion == HomeVisitRepository.NONE;
        if (!visits.save(
                found.id(),
                visitVersion,
                document(visit),
                new HomeVisitRepository.Conclusion(result.eligible(), result.perCapitaFen(), result.amountFen()),
                CaseTransitions.actor())) {
            throw new OptimisticLockingFailureException("visit saved by someone else meanwhile");
        }
        if (first && found.status() == CaseStatus.ACCEPTED && found.finalDeadline() != null) {
            cases.setDeadline(found.id(), found.finalDeadline());
        }
        audit.record(AuditEvent.operation("assistance.case.visit", CaseService.TARGET, number.value(), found.village())
                .withDetail(result.eligible() + " " + result.amountFen()));
        return result;
    }

    /**
     * Saves and completes the visit: the household has been seen by at least two people, its head is
     * named, and the means test has concluded. The case moves on with the conclusion as its note; a
     * negative conclusion moves on too, for the township's opinion and the county's refusal.
     */
    MeansTestResult complete(
            CaseNumber number, long caseVersion, long visitVersion, HomeVisit visit, DataScope scope, LocalDate today) {
        if (visit.members().isEmpty() || visit.heads() != 1) {
            throw new CaseRefused("assistance.visit.refused.head");
        }
        if (visit.investigatorNames().size() < MIN_INVESTIGATORS) {
            throw new CaseRefused("assistance.visit.refused.investigators");
        }
        if (visit.visitedOn() == null || visit.visitedOn().isAfter(today)) {
            throw new CaseRefused("assistance.visit.refused.date");
        }
        MeansTestResult result = save(number, visitVersion, visit, scope, today);
        StoredCase found = transitions.inScope(number, scope);
        String note = messages.getMessage(
                result.eligible() ? "assistance.visit.step.eligible" : "assistance.visit.step.notEligible",
                new Object[] {
                    Money.ofFen(result.perCapitaFen()).format(),
                    Money.ofFen(result.amountFen()).format()
                },
                CaseService.SMS_LOCALE);
        if (found.status() == CaseStatus.ADVANCED) {
            transitions.take(found, caseVersion, Transition.COMPLETE_ADVANCED, null, note);
        } else {
            transitions.take(found, caseVersion, Transition.INVESTIGATE, found.finalDeadline(), note);
        }
        visits.markCompleted(found.id());
        return result;
    }

    /** The applicant's ID number, to start a first visit with the applicant as a member. */
    String applicantId(StoredCase found) {
        return cipher.decrypt(found.idNumberCipher(), PersonalDataContexts.ID_NUMBER);
    }

    private static void requireInvestigator() {
        if (!CurrentStaff.authorities().contains(Permissions.INVESTIGATE)) {
            throw new AccessDeniedException("missing " + Permissions.INVESTIGATE);
        }
    }

    HomeVisit visit(HomeVisitRepository.Document document) {
        return new HomeVisit(
                HukouType.valueOf(document.hukouType()),
                document.address(),
                document.visitedOn(),
                document.investigators(),
                document.members().stream()
                        .map(member -> new HomeVisit.Member(
                                member.name(),
                                new IdNumber(cipher.decrypt(Base64.getDecoder().decode(member.idCipher()), ID_CONTEXT)),
                                member.relationship(),
                                WorkAbility.valueOf(member.workAbility())))
                        .toList(),
                document.incomes(),
                document.assets(),
                document.expenses(),
                document.proposedFen(),
                document.neighbourhood(),
                document.supporters(),
                document.notes());
    }

    private HomeVisitRepository.Document document(HomeVisit visit) {
        return new HomeVisitRepository.Document(
                visit.hukouType().name(),
                visit.address(),
                visit.visitedOn(),
                visit.investigators(),
                visit.members().stream()
                        .map(member -> new HomeVisitRepository.Member(
                                member.name(),
                                Base64.getEncoder()
                                        .encodeToString(
                                                cipher.encrypt(member.idNumber().value(), ID_CONTEXT)),
                                member.relationship(),
                                member.workAbility().name()))
                        .toList(),
                visit.incomes(),
                visit.assets(),
                visit.expenses(),
                visit.proposedFen(),
                visit.neighbourhood(),
                visit.supporters(),
                visit.notes());
    }

    /** A saved visit with what is known about its last save. */
    record Recorded(HomeVisit visit, HomeVisitRepository.Stored stored) {}
}
