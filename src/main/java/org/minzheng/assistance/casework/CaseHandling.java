package org.minzheng.assistance.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.CaseRefused;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.shared.Masking;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.security.DataScope;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do with a case at acceptance (低保办法 art. 10): accept it, return it listing all the
 * missing material at once, take it up again when the material arrives, transfer it to the right
 * township, or reject it with a reason. Each step goes through {@link CaseTransitions} and tells the
 * applicant by text message, in one transaction, and only on the version the clerk saw.
 */
@Service
@Transactional
class CaseHandling {

    private final CaseRepository repository;
    private final CaseService cases;
    private final PersonalDataCipher cipher;
    private final CaseDeadlines deadlines;
    private final CaseTransitions transitions;
    private final Regions regions;
    private final MessageSource messages;

    CaseHandling(
            CaseRepository repository,
            CaseService cases,
            PersonalDataCipher cipher,
            CaseDeadlines deadlines,
            CaseTransitions transitions,
            Regions regions,
            MessageSource messages) {
        this.repository = repository;
        this.cases = cases;
        this.cipher = cipher;
        this.deadlines = deadlines;
        this.transitions = transitions;
        this.regions = regions;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    Page<CaseRow> search(CaseSearch search, DataScope scope, LocalDate today, Pageable page) {
        return repository.search(search, scope, today, page);
    }

    @Transactional(readOnly = true)
    Map<String, Long> counts(DataScope scope, LocalDate today) {
        return repository.counts(scope, today);
    }

    @Transactional(readOnly = true)
    List<RegionCode> villagesWithCases(DataScope scope) {
        return repository.villagesWithCases(scope);
    }

    /** The case with its applicant's ID number and phone masked; 404 outside the scope. */
    @Transactional(readOnly = true)
    CaseView view(CaseNumber number, DataScope scope) {
        StoredCase found = transitions.inScope(number, scope);
        return new CaseView(
                found,
                Masking.idNumberForStaff(cipher.decrypt(found.idNumberCipher(), PersonalDataContexts.ID_NUMBER)),
                Masking.phone(cipher.decrypt(found.phoneCipher(), PersonalDataContexts.PHONE)),
                repository.steps(found.id()));
    }

    /** Starts the clock of the household investigation (3 working days, 低保办法 art. 15) and of the whole procedure. */
    void accept(CaseNumber number, long version, DataScope scope, LocalDate today) {
        StoredCase found = transitions.forStep(number, scope, Transition.ACCEPT);
        transitions.take(found, version, Transition.ACCEPT, deadlines.investigationDue(today), null);
        repository.markAccepted(found.id(), deadlines.finalDue(today));
        cases.tell(cases.phoneOf(found), "assistance.sms.accepted", "assistance.case.accepted", number, number.value());
    }

    /** 一次性告知: the note lists every missing item, and the applicant reads it in the message. */
    void returnForMaterial(CaseNumber number, long version, String missing, DataScope scope) {
        StoredCase found = transitions.forStep(number, scope, Transition.RETURN);
        transitions.take(found, version, Transition.RETURN, null, missing);
        cases.tell(
                cases.phoneOf(found),
                "assistance.sms.returned",
                "assistance.case.returned",
                number,
                number.value(),
                missing);
    }

    /** The applicant brought the missing material: the case waits for acceptance again, with a fresh deadline. */
    void resume(CaseNumber number, long version, String note, DataScope scope, LocalDate today) {
        StoredCase found = transitions.forStep(number, scope, Transition.RESUME);
        transitions.take(found, version, Transition.RESUME, deadlines.acceptanceDue(today), note);
    }

    /**
     * Sends a case filed at the wrong place to the village of the applicant's hukou (低保办法 art. 4):
     * the receiving township sees it in its inbox with a fresh acceptance deadline, the sender no
     * longer does. Any village of the deployment can receive it.
     */
    void transfer(CaseNumber number, long version, RegionCode target, String note, DataScope scope, LocalDate today) {
        StoredCase found = transitions.forStep(number, scope, Transition.TRANSFER);
        RegionSummary village = regions.find(target)
                .filter(region -> region.level() == RegionLevel.VILLAGE)
                .orElseThrow(() -> new CaseRefused("assistance.refused.transferTarget"));
        if (found.village().parent().equals(target.parent())) {
            throw new CaseRefused("assistance.refused.transferSameTownship");
        }
        String text = messages.getMessage(
                "assistance.transfer.step",
                new Object[] {regions.nameOf(target.parent().orElseThrow()) + " " + village.name(), note},
                CaseService.SMS_LOCALE);
        transitions.take(found, version, Transition.TRANSFER, deadlines.acceptanceDue(today), text);
        repository.relocate(found.id(), target);
        cases.tell(
                cases.phoneOf(found),
                "assistance.sms.transferred",
                "assistance.case.transferred",
                number,
                number.value(),
                regions.nameOf(target.parent().orElseThrow()));
    }

    void reject(CaseNumber number, long version, String reason, DataScope scope) {
        StoredCase found = transitions.forStep(number, scope, Transition.REJECT);
        transitions.take(found, version, Transition.REJECT, null, reason);
        cases.tell(
                cases.phoneOf(found),
                "assistance.sms.rejected",
                "assistance.case.rejected",
                number,
                number.value(),
                reason);
    }
}
