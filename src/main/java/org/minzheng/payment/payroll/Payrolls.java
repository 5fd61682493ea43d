package org.minzheng.payment.payroll;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.assistance.Programme;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.payment.PaymentsMade;
import org.minzheng.payment.account.BankAccounts;
import org.minzheng.payment.payroll.PayrollRepository.Batch;
import org.minzheng.payment.payroll.PayrollRepository.Sent;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.shared.spreadsheet.Spreadsheet.Line;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly payroll of a county: generate (again as often as needed while a draft; nobody is paid
 * twice), review by township, approve, send to the bank in files, settle from the bank's return
 * files, and send failed payments again once their accounts are put right. Everything is audited.
 */
@Service
@Transactional
class Payrolls {

    static final String TARGET = "payment.payroll";

    private final PayrollRepository repository;
    private final BankAccounts accounts;
    private final FundArrival arrival;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Payrolls(
            PayrollRepository repository,
            BankAccounts accounts,
            FundArrival arrival,
            AuditLog audit,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.accounts = accounts;
        this.arrival = arrival;
        this.audit = audit;
        this.events = events;
    }

    /** What a run of the generation did. */
    record Generated(long payrollId, int added, long withoutAccount) {}

    /**
     * What a return file did: payments settled now, those settled before (a file read twice), and the
     * lines refused. Serializable: the page shows it after a redirect, from the session.
     */
    record ReturnReport(int paid, int failed, int alreadySettled, int messages, List<BankReturn.Problem> problems)
            implements java.io.Serializable {

        ReturnReport {
            problems = new ArrayList<>(problems);
        }
    }

    Generated generate(RegionCode county, Programme programme, YearMonth month, DataScope scope) {
        requireCounty(county, scope);
        long id = repository.findOrCreate(county, programme, month, actor());
        Payroll payroll = find(id, scope);
        if (payroll.status() != PayrollStatus.DRAFT) {
            throw new PaymentRefused("payment.refused.notDraft");
        }
        int added = repository.generate(id, county, programme, month);
        repository.touch(id, actor());
        long missing = repository.withoutAccount(county, programme, month);
        audit.record(AuditEvent.operation("payment.payroll.generate", TARGET, String.valueOf(id), county)
                .withDetail(programme.name() + " " + month + " +" + added));
        return new Generated(id, added, missing);
    }

    @Transactional(readOnly = true)
    Payroll find(long id, DataScope scope) {
        return repository.find(id, scope).orElseThrow(() -> new NotFoundException("payroll"));
    }

    @Transactional(readOnly = true)
    List<Payroll> list(DataScope scope, String programme, LocalDate month) {
        return repository.list(scope, programme, month);
    }

    @Transactional(readOnly = true)
    List<Totals> totals(long id, DataScope scope) {
        find(id, scope);
        return repository.totals(id, scope);
    }

    @Transactional(readOnly = true)
    Page<PaymentRow> payments(long id, DataScope scope, String status, String township, Pageable page) {
        find(id, scope);
        return repository.payments(id, scope, status, township, page);
    }

    @Transactional(readOnly = true)
    List<Batch> batches(long id, DataScope scope) {
        find(id, scope);
        return repository.batches(id);
    }

    void approve(long id, long version, DataScope scope) {
        Payroll payroll = countyPayroll(id, scope);
        if (payroll.status() != PayrollStatus.DRAFT) {
            throw new PaymentRefused("payment.refused.notDraft");
        }
        if (repository.totals(id, scope).get(0).count() == 0) {
            throw new PaymentRefused("payment.refused.empty");
        }
        if (!repository.approve(id, version, actor())) {
            throw new OptimisticLockingFailureException("payroll changed meanwhile");
        }
        audit.record(AuditEvent.operation("payment.payroll.approve", TARGET, String.valueOf(id), payroll.county()));
    }

    /** Puts the waiting payments of an approved payroll into a new bank file. */
    Batch send(long id, DataScope scope) {
        Payroll payroll = countyPayroll(id, scope);
        if (payroll.status() != PayrollStatus.APPROVED && payroll.status() != PayrollStatus.EXPORTED) {
            throw new PaymentRefused("payment.refused.notApproved");
        }
        Batch batch =
                repository.newBatch(id, actor()).orElseThrow(() -> new PaymentRefused("payment.refused.nothingToSend"));
        audit.record(AuditEvent.operation("payment.payroll.send", TARGET, String.valueOf(id), payroll.county())
                .withDetail("batch " + batch.sequence() + ": " + batch.count() + " "
                        + batch.total().toYuanString()));
        return batch;
    }

    /** Writes a bank file with full account numbers: a read of personal data, audited as one. */
    void write(long id, long batchId, boolean xlsx, OutputStream out, DataScope scope) {
        Payroll payroll = countyPayroll(id, scope);
        Batch batch = repository
                .batch(batchId)
                .filter(found -> found.payrollId() == id)
                .orElseThrow(() -> new NotFoundException("bank file"));
        audit.record(AuditEvent.reveal("bank-file", TARGET, id + "-" + batch.sequence(), payroll.county()));
        List<PayrollRepository.BankLine> lines = repository.lines(batch.id());
        if (xlsx) {
            BankFile.xlsx(lines, accounts::numberOf, out);
        } else {
            BankFile.csv(lines, accounts::numberOf, out);
        }
    }

    /**
     * Settles sent payments from the bank's return file; paid ones are told to the household by text, and
     * their count and total to other departments ({@link PaymentsMade}).
     */
    ReturnReport settle(long id, List<Line> lines, DataScope scope, LocalDate today) {
        Payroll payroll = countyPayroll(id, scope);
        BankReturn.Parsed parsed = BankReturn.parse(lines);
        List<BankReturn.Problem> problems = new ArrayList<>(parsed.problems());
        int paid = 0;
        long paidFen = 0;
        int failed = 0;
        int before = 0;
        int told = 0;
        for (BankReturn.Outcome outcome : parsed.outcomes()) {
            Sent sent = repository.sent(id, outcome.paymentId()).orElse(null);
            if (sent == null) {
                problems.add(new BankReturn.Problem(outcome.row(), "payment.return.unknown"));
            } else if (sent.status() == PaymentStatus.PAID || sent.status() == PaymentStatus.FAILED) {
                before++;
            } else if (sent.status() != PaymentStatus.SENT) {
                problems.add(new BankReturn.Problem(outcome.row(), "payment.return.notSent"));
            } else if (sent.amountFen() != outcome.amountFen()) {
                problems.add(new BankReturn.Problem(outcome.row(), "payment.return.amountMismatch"));
            } else if (repository.settle(sent.id(), outcome.paid(), outcome.reason(), outcome.bankReference(), today)) {
                if (outcome.paid()) {
                    paid++;
                    paidFen += sent.amountFen();
                    told += arrival.tell(sent) ? 1 : 0;
                } else {
                    failed++;
                }
            } else {
                before++;
            }
        }
        problems.sort(java.util.Comparator.comparingInt(BankReturn.Problem::row));
        repository.reconcileIfSettled(id);
        if (paid > 0) {
            events.publishEvent(
                    new PaymentsMade(id, payroll.county(), payroll.programme(), payroll.month(), paid, paidFen, today));
        }
        audit.record(AuditEvent.operation("payment.payroll.settle", TARGET, String.valueOf(id), payroll.county())
                .withDetail("paid " + paid + ", failed " + failed + ", refused " + problems.size()));
        return new ReturnReport(paid, failed, before, told, problems);
    }

    /** Failed payments wait for the next bank file, once their accounts are put right. */
    int reissue(long id, DataScope scope) {
        Payroll payroll = countyPayroll(id, scope);
        int count = repository.reissue(id);
        if (count == 0) {
            throw new PaymentRefused("payment.refused.nothingFailed");
        }
        audit.record(AuditEvent.operation("payment.payroll.reissue", TARGET, String.valueOf(id), payroll.county())
                .withDetail(String.valueOf(count)));
        return count;
    }

    /** Steps on the payroll as a whole are for staff of its county or above, not for a township within it. */
    private Payroll countyPayroll(long id, DataScope scope) {
        Payroll payroll = find(id, scope);
        requireCounty(payroll.county(), scope);
        return payroll;
    }

    private static void requireCounty(RegionCode county, DataScope scope) {
        if (!scope.covers(county)) {
            throw new NotFoundException("county");
        }
    }

    private static String actor() {
        return CurrentStaff.principal().map(StaffPrincipal::username).orElse(null);
    }
}
