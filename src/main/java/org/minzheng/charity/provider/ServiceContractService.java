package org.minzheng.charity.provider;

import java.time.LocalDate;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.charity.ledger.FundLedger;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.web.YuanFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens under a service contract: deliverables, their acceptance, payments out of the project fund and
 * refunds into it, completion or termination. Money moves through {@link FundLedger} in the same transaction as
 * the payment row, so a refusal by the ledger (not enough money in the fund) leaves nothing behind and the fund
 * always holds received = spent + balance. Payments are made only while the project is RUNNING.
 */
@Service
class ServiceContractService {

    static final String CONTRACT = "charity-contract";

    private final ServiceContractRepository contracts;
    private final FundLedger ledger;
    private final AuditLog audit;

    ServiceContractService(ServiceContractRepository contracts, FundLedger ledger, AuditLog audit) {
        this.contracts = contracts;
        this.ledger = ledger;
        this.audit = audit;
    }

    @Transactional
    long addDeliverable(ServiceContract visible, DeliverableForm form, long amountFen) {
        ServiceContract contract = activeLocked(visible);
        long planned = contracts.deliverables(contract.id()).stream()
                .mapToLong(Deliverable::amountFen)
                .sum();
        if (planned + amountFen > contract.amountFen()) {
            throw ProviderRefusedException.on(
                    "amountYuan",
                    "charity.deliverable.refused.amount",
                    YuanFormat.INSTANCE.of(contract.amountFen() - planned));
        }
        if (form.dueOn().isBefore(contract.startsOn()) || form.dueOn().isAfter(contract.endsOn())) {
            throw ProviderRefusedException.on(
                    "dueOn", "charity.deliverable.refused.dueOn", contract.startsOn(), contract.endsOn());
        }
        long id = contracts.insertDeliverable(contract.id(), form, amountFen);
        audit.record(operation("charity.contract.deliverable", contract)
                .withDetail("deliverable " + id + " / " + form.description().strip() + " / "
                        + YuanFormat.INSTANCE.of(amountFen)));
        return id;
    }

    @Transactional
    void accept(ServiceContract visible, long deliverableId, LocalDate deliveredOn, String by) {
        ServiceContract contract = activeLocked(visible);
        Deliverable deliverable = deliverable(contract, deliverableId);
        if (deliverable.accepted()) {
            throw new ProviderRefusedException("charity.deliverable.refused.accepted");
        }
        if (deliveredOn == null
                || deliveredOn.isAfter(TenderService.today())
                || deliveredOn.isBefore(contract.signedOn())) {
            throw new ProviderRefusedException("charity.deliverable.refused.deliveredOn", contract.signedOn());
        }
        contracts.accept(deliverable.id(), deliveredOn, by);
        audit.record(operation("charity.contract.accept", contract)
                .withDetail(
                        "deliverable " + deliverable.id() + " / " + deliverable.description() + " / " + deliveredOn));
    }

    /**
     * Pays the provider: never more than the contract still owes, never more than an accepted deliverable's
     * amount, and never more than the project fund holds (the ledger refuses that with its own message).
     *
     * @return the payment's id
     * @throws org.minzheng.charity.ledger.LedgerRefusedException when the fund is short; nothing is stored
     */
    @Transactional
    long pay(ServiceContract visible, PaymentForm form, long amountFen, String by) {
        ServiceContract contract = locked(visible);
        requireRunning(contract);
        if (!contract.active()) {
            throw new ProviderRefusedException("charity.contract.refused.notActive");
        }
        if (amountFen > contract.remainingFen()) {
            throw ProviderRefusedException.on(
                    "amountYuan",
                    "charity.payment.refused.overContract",
                    YuanFormat.INSTANCE.of(contract.remainingFen()));
        }
        if (form.deliverableId() != null) {
            Deliverable deliverable = deliverable(contract, form.deliverableId());
            if (!deliverable.accepted()) {
                throw ProviderRefusedException.on("deliverableId", "charity.payment.refused.notAccepted");
            }
            if (amountFen > deliverable.unpaidFen()) {
                throw ProviderRefusedException.on(
                        "amountYuan",
                        "charity.payment.refused.overDeliverable",
                        YuanFormat.INSTANCE.of(deliverable.unpaidFen()));
            }
        }
        checkDate("paidOn", form.paidOn(), contract);
        checkVoucher("voucherNumber", form.voucher());
        long id = contracts.insertPayment(
                contract, form.deliverableId(), amountFen, form.paidOn(), form.voucher(), form.noteOrNull(), by);
        ledger.pay(ledger.projectFund(contract.project().id()), id, amountFen, by);
        audit.record(operation("charity.payment.create", contract)
                .withDetail("payment " + id + " / " + form.voucher() + " / " + YuanFormat.INSTANCE.of(amountFen)));
        return id;
    }

    /**
     * Takes money the provider gives back into the project fund: at most what the contract has been paid, net of
     * earlier refunds.
     */
    @Transactional
    long refund(ServiceContract visible, RefundForm form, long amountFen, String by) {
        ServiceContract contract = locked(visible);
        requireRunning(contract);
        if (amountFen > contract.paidFen()) {
            throw ProviderRefusedException.on(
                    "refundYuan", "charity.refund.refused.overPaid", YuanFormat.INSTANCE.of(contract.paidFen()));
        }
        checkDate("refundedOn", form.refundedOn(), contract);
        String voucher = form.refundVoucher().strip();
        checkVoucher("refundVoucher", voucher);
        String reason = form.reason().strip();
        long id = contracts.insertPayment(contract, null, -amountFen, form.refundedOn(), voucher, reason, by);
        ledger.refund(ledger.projectFund(contract.project().id()), id, amountFen, reason, by);
        audit.record(operation("charity.payment.refund", contract)
                .withDetail("payment " + id + " / " + voucher + " / -" + YuanFormat.INSTANCE.of(amountFen) + " / "
                        + reason));
        return id;
    }

    /** Closes a contract whose deliverables have all been accepted. */
    @Transactional
    void complete(ServiceContract visible) {
        ServiceContract contract = activeLocked(visible);
        var deliverables = contracts.deliverables(contract.id());
        if (deliverables.isEmpty() || !deliverables.stream().allMatch(Deliverable::accepted)) {
            throw new ProviderRefusedException("charity.contract.refused.openDeliverables");
        }
        contracts.setStatus(contract.id(), ServiceContractStatus.COMPLETED);
        audit.record(operation("charity.contract.complete", contract)
                .withDetail(contract.number() + " / " + YuanFormat.INSTANCE.of(contract.paidFen())));
    }

    @Transactional
    void terminate(ServiceContract visible, String reason) {
        if (!FreeText.validReason(reason)) {
            throw new ProviderRefusedException("charity.contract.refused.reason");
        }
        ServiceContract contract = activeLocked(visible);
        contracts.setStatus(contract.id(), ServiceContractStatus.TERMINATED);
        audit.record(operation("charity.contract.terminate", contract)
                .withDetail(contract.number() + " / " + reason.strip()));
    }

    private ServiceContract locked(ServiceContract visible) {
        return contracts.lock(visible.id());
    }

    private ServiceContract activeLocked(ServiceContract visible) {
        ServiceContract contract = locked(visible);
        if (!contract.active()) {
            throw new ProviderRefusedException("charity.contract.refused.notActive");
        }
        return contract;
    }

    private Deliverable deliverable(ServiceContract contract, long deliverableId) {
        return contracts.deliverables(contract.id()).stream()
                .filter(d -> d.id() == deliverableId)
                .findFirst()
                .orElseThrow(() -> ProviderRefusedException.on("deliverableId", "charity.payment.refused.deliverable"));
    }

    private void checkVoucher(String field, String voucher) {
        if (contracts.voucherTaken(voucher)) {
            throw ProviderRefusedException.on(field, "charity.payment.refused.voucher", voucher);
        }
    }

    private static void checkDate(String field, LocalDate day, ServiceContract contract) {
        if (day.isAfter(TenderService.today()) || day.isBefore(contract.signedOn())) {
            throw ProviderRefusedException.on(field, "charity.payment.refused.date", contract.signedOn());
        }
    }

    private static void requireRunning(ServiceContract contract) {
        if (!contract.project().running()) {
            throw new ProviderRefusedException("charity.payment.refused.projectStatus");
        }
    }

    private static AuditEvent operation(String action, ServiceContract contract) {
        return AuditEvent.operation(
                action,
                CONTRACT,
                String.valueOf(contract.id()),
                RegionCode.of(contract.project().regionCode()));
    }
}
