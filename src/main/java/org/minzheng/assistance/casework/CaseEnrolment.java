package org.minzheng.assistance.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minzheng.assistance.AssistanceCaseApproved;
import org.minzheng.assistance.Programme;
import org.minzheng.assistance.recipient.Enrolment;
import org.minzheng.assistance.recipient.Enrolments;
import org.minzheng.assistance.recipient.ReviewCycle;
import org.minzheng.registry.HukouType;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.Money;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Enrols an approved household on the recipients' register, after the approval has committed and in
 * a transaction of its own: the event publication registry keeps the approval until this succeeds, so
 * a failure here (a member already in another household) is retried rather than lost. A confirmed
 * case then becomes ENROLLED and the applicant is told the amount and the first month.
 */
@Component
class CaseEnrolment {

    private final CaseRepository repository;
    private final HomeVisits visits;
    private final Enrolments enrolments;
    private final CaseTransitions transitions;
    private final CaseService cases;
    private final PersonalDataCipher cipher;

    CaseEnrolment(
            CaseRepository repository,
            HomeVisits visits,
            Enrolments enrolments,
            CaseTransitions transitions,
            CaseService cases,
            PersonalDataCipher cipher) {
        this.repository = repository;
        this.visits = visits;
        this.enrolments = enrolments;
        this.transitions = transitions;
        this.cases = cases;
        this.cipher = cipher;
    }

    @ApplicationModuleListener
    void on(AssistanceCaseApproved approved) {
        StoredCase found = repository.findByNumber(approved.number()).orElseThrow();
        Optional<HomeVisit> visit = visits.find(found).map(HomeVisits.Recorded::visit);
        enrolments.enrol(enrolment(found, visit, approved));
        String amount = Money.ofFen(approved.amountFen()).format();
        if (approved.advance()) {
            cases.tell(
                    cases.phoneOf(found),
                    "assistance.sms.advanced",
                    "assistance.case.advanced",
                    found.number(),
                    found.number().value(),
                    amount);
            return;
        }
        transitions.take(found, found.version(), Transition.ENROL, null, null);
        if (approved.programme() == Programme.TEMPORARY) {
            cases.tell(
                    cases.phoneOf(found),
                    "assistance.sms.approvedOnce",
                    "assistance.case.approved",
                    found.number(),
                    found.number().value(),
                    amount);
        } else {
            cases.tell(
                    cases.phoneOf(found),
                    "assistance.sms.approved",
                    "assistance.case.approved",
                    found.number(),
                    cases.programmeName(approved.programme().labelKey()),
                    found.number().value(),
                    amount,
                    String.valueOf(approved.startMonth().getYear()),
                    String.valueOf(approved.startMonth().getMonthValue()));
        }
    }

    private Enrolment enrolment(StoredCase found, Optional<HomeVisit> visit, AssistanceCaseApproved approved) {
        LocalDate today = approved.approvedOn();
        List<Enrolment.Member> members = visit.map(HomeVisit::members)
                .map(list -> list.stream()
                        .map(member -> new Enrolment.Member(
                                member.name(),
                                member.idNumber(),
                                member.relationship(),
                                member.workAbility(),
                                HomeVisit.HEAD.equals(member.relationship())))
                        .toList())
                .orElseGet(() -> List.of(new Enrolment.Member(
                        found.applicantName(),
                        new IdNumber(cipher.decrypt(found.idNumberCipher(), PersonalDataContexts.ID_NUMBER)),
                        HomeVisit.HEAD,
                        null,
                        true)));
        HukouType hukou = visit.map(HomeVisit::hukouType)
                .or(() -> repository.advanceHukou(found.id()))
                .orElseThrow();
        return new Enrolment(
                found.number(),
                found.village(),
                found.programme(),
                hukou,
                visit.map(HomeVisit::address).orElse(null),
                members,
                cases.phoneOf(found),
                approved.amountFen(),
                approved.startMonth(),
                cycle(found.programme(), visit, today),
                today,
                CaseTransitions.actor(),
                found.demo());
    }

    /**
     * Half-yearly for households with members of working age able to work, whose income tends to
     * change; yearly for the others (低保办法 art. 31). 临时救助 is paid once and not reviewed.
     */
    private static ReviewCycle cycle(Programme programme, Optional<HomeVisit> visit, LocalDate today) {
        if (programme == Programme.TEMPORARY) {
            return null;
        }
        boolean ableToWork = visit.map(HomeVisit::members).orElse(List.of()).stream()
                .anyMatch(member -> member.workAbility() != WorkAbility.NONE
                        && member.idNumber().ageOn(today) >= 16
                        && member.idNumber().ageOn(today) < 60);
        return ableToWork ? ReviewCycle.HALF_YEARLY : ReviewCycle.YEARLY;
    }
}
