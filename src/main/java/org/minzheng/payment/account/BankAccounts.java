package org.minzheng.payment.account;

import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.payment.account.BankAccountRepository.RecipientAccount;
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
 * The bank accounts benefits are paid into. Numbers are stored encrypted and decrypted only to
 * write a bank file; every change is audited and refused on a version someone changed since.
 */
@Service
@Transactional
public class BankAccounts {

    static final String CONTEXT = "payment.accounts.account";
    static final String TARGET = "payment.account";

    private final BankAccountRepository repository;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;

    BankAccounts(BankAccountRepository repository, PersonalDataCipher cipher, AuditLog audit) {
        this.repository = repository;
        this.cipher = cipher;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    Page<RecipientAccount> search(DataScope scope, String name, boolean missing, Pageable page) {
        return repository.search(scope, name, missing, page);
    }

    @Transactional(readOnly = true)
    RecipientAccount recipient(long recipientId, DataScope scope) {
        return repository.recipient(recipientId, scope).orElseThrow(() -> new NotFoundException("recipient"));
    }

    /**
     * @param version the account's version as read, or -1 for a recipient without an account yet
     * @throws OptimisticLockingFailureException when someone saved the account meanwhile
     */
    public void save(
            long recipientId,
            String bank,
            String holder,
            BankAccountNumber number,
            boolean smsOptOut,
            long version,
            DataScope scope) {
        RecipientAccount found = recipient(recipientId, scope);
        if (!repository.save(
                recipientId,
                found.village(),
                bank.strip(),
                holder.strip(),
                cipher.encrypt(number.value(), CONTEXT),
                number.masked(),
                smsOptOut,
                found.demo(),
                version,
                CurrentStaff.principal().map(StaffPrincipal::username).orElse(null))) {
            throw new OptimisticLockingFailureException("account changed meanwhile");
        }
        audit.record(AuditEvent.operation("payment.account.save", TARGET, found.caseNumber(), found.village())
                .withDetail(bank.strip() + " " + number.masked()));
    }

    /** The full number, for the bank file only; the caller audits the file as a whole. */
    @Transactional(readOnly = true)
    public String numberOf(long accountId) {
        return cipher.decrypt(repository.cipherOf(accountId).orElseThrow(), CONTEXT);
    }
}
