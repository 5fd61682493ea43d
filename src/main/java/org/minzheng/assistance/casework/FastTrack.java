package org.minzheng.assistance.casework;

import java.time.LocalDate;
import java.time.YearMonth;
import org.minzheng.assistance.AssistanceCaseApproved;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.CaseRefused;
import org.minzheng.assistance.Programme;
import org.minzheng.policy.AssistanceStandards;
import org.minzheng.registry.HukouType;
import org.minzheng.shared.Money;
import org.minzheng.shared.security.DataScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 临时救助 急难型 "先行救助": the township pays a small amount at once, skipping cross-check, appraisal
 * and notice, and completes the file afterwards (2018 opinion; REFERENCE.md §3.3). The amount may not
 * exceed the local paid-first limit; the file is completed by recording the home visit.
 */
@Service
@Transactional
class FastTrack {

    private final CaseRepository repository;
    private final CaseTransitions transitions;
    private final AssistanceStandards standards;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    FastTrack(
            CaseRepository repository,
            CaseTransitions transitions,
            AssistanceStandards standards,
            ApplicationEventPublisher events,
            MessageSource messages) {
        this.repository = repository;
        this.transitions = transitions;
        this.standards = standards;
        this.events = events;
        this.messages = messages;
    }

    void advance(
            CaseNumber number,
            long version,
            long amountFen,
            HukouType hukouType,
            String note,
            DataScope scope,
            LocalDate today) {
        StoredCase found = transitions.forStep(number, scope, Transition.ADVANCE);
        if (found.programme() != Programme.TEMPORARY) {
            throw new CaseRefused("assistance.refused.advanceTemporaryOnly");
        }
        long limit = standards
                .inForce(found.village(), today)
                .advanceLimitFen()
                .orElseThrow(() -> new CaseRefused("assistance.refused.noAdvanceLimit"));
        if (amountFen <= 0 || amountFen > limit) {
            throw new CaseRefused(
                    "assistance.refused.advanceAmount", Money.ofFen(limit).format());
        }
        String step = messages.getMessage(
                "assistance.advance.step",
                new Object[] {Money.ofFen(amountFen).format(), note},
                CaseService.SMS_LOCALE);
        transitions.take(found, version, Transition.ADVANCE, null, step);
        YearMonth month = YearMonth.from(today);
        repository.setApproval(found.id(), amountFen, today, month, true);
        repository.setAdvanceHukou(found.id(), hukouType);
        events.publishEvent(
                new AssistanceCaseApproved(number, found.village(), found.programme(), amountFen, month, today, true));
    }
}
