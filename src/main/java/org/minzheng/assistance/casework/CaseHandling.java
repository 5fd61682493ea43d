package org.minzheng.assistance.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.CaseRefused;
import org.minzheng.assistance.CaseStatus;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.Masking;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do with a case at acceptance (低保办法 art. 10): accept it, return it listing all the
 * missing material at once, or reject it with a reason. Each step is a history row, an audit entry
 * and a text message to the applicant, in one transaction, and only on the version the clerk saw.
 */
@Service
@Transactional
class CaseHandling {

    /** Acceptance decides on a submitted case only; later refusals belong to review and confirmation. */
    private static final Set<CaseStatus> UNDECIDED = Set.of(CaseStatus.SUBMITTED);

    private final CaseRepository repository;
    private final CaseService cases;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;
    private final CaseDeadlines deadlines;

    CaseHandling(
            CaseRepository repository,
            CaseService cases,
            PersonalDataCipher cipher,
            AuditLog audit,
            CaseDeadlines deadlines) {
        this.repository = repository;
        this.cases = cases;
        this.cipher = cipher;
        this.audit = audit;
        this.deadlines = deadlines;
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
        StoredCase found = inScope(number, scope);
        return new CaseView(
                found,
                Masking.idNumberForStaff(cipher.decrypt(found.idNumberCipher(), PersonalDataContexts.ID_NUMBER)),
                Masking.phone(cipher.decrypt(found.phoneCipher(), PersonalDataContexts.PHONE)),
                repository.steps(found.id()));
    }

    /** Starts the clock of the household investigation: 3 working days (低保办法 art. 15). */
    void accept(CaseNumber number, long version, DataScope scope, LocalDate today) {
        StoredCase found = inScope(number, scope);
        move(found, version, "accept", UNDECIDED, CaseStatus.ACCEPTED, deadlines.investigationDue(today), true, null);
        cases.tell(phoneOf(found), "assistance.sms.accepted", "assistance.case.accepted", number, number.value());
    }

    /** 一次性告知: the note lists every missing item, and the applicant reads it in the message. */
    void returnForMaterial(CaseNumber number, long version, String missing, DataScope scope) {
        StoredCase found = inScope(number, scope);
        move(found, version, "return", UNDECIDED, CaseStatus.RETURNED, null, false, missing);
        cases.tell(
                phoneOf(found), "assistance.sms.returned", "assistance.case.returned", number, number.value(), missing);
    }

    void reject(CaseNumber number, long version, String reason, DataScope scope) {
        StoredCase found = inScope(number, scope);
        move(found, version, "reject", UNDECIDED, CaseStatus.REJECTED, null, false, reason);
        cases.tell(
                phoneOf(found), "assistance.sms.rejected", "assistance.case.rejected", number, number.value(), reason);
    }

    private void move(
            StoredCase found,
            long version,
            String verb,
            Set<CaseStatus> from,
            CaseStatus to,
            LocalDate deadline,
            boolean accepting,
            String note) {
        if (found.version() != version) {
            throw new OptimisticLockingFailureException("case changed since the clerk read it");
        }
        if (!from.contains(found.status())) {
            throw new CaseRefused("assistance.refused.status");
        }
        if (!repository.move(found.id(), version, from, to, deadline, accepting)) {
            throw new OptimisticLockingFailureException("case changed meanwhile");
        }
        repository.addStep(
                found.id(),
                to,
                CurrentStaff.principal().map(StaffPrincipal::username).orElse(null),
                note);
        AuditEvent event = AuditEvent.operation(
                "assistance.case." + verb, CaseService.TARGET, found.number().value(), found.village());
        audit.record(note == null ? event : event.withDetail(note));
    }

    private StoredCase inScope(CaseNumber number, DataScope scope) {
        return repository.find(number, scope).orElseThrow(() -> new NotFoundException("assistance case"));
    }

    private PhoneNumber phoneOf(StoredCase found) {
        return new PhoneNumber(cipher.decrypt(found.phoneCipher(), PersonalDataContexts.PHONE));
    }
}
