package org.minzheng.charity.donation;

import java.time.LocalDate;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.charity.ledger.FundLedger;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.web.YuanFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records gifts and voids them. A gift takes its receipt number, is stored and reaches its fund in one
 * transaction, so a refused or failed gift leaves neither money nor a hole in the receipt numbers.
 */
@Service
class DonationService {

    static final String TARGET = "charity-donation";

    private final DonationRepository repository;
    private final FundLedger ledger;
    private final AuditLog audit;

    DonationService(DonationRepository repository, FundLedger ledger, AuditLog audit) {
        this.repository = repository;
        this.ledger = ledger;
        this.audit = audit;
    }

    /**
     * Records a checked gift kept by {@code region}: directed gifts go to the project's fund, general gifts to
     * the region's general fund.
     *
     * @return the gift's id
     * @throws DonationRefusedException when the same gift was recorded minutes ago and the clerk did not confirm
     */
    @Transactional
    long record(DonationForm form, long amountFen, RegionCode region, LocalDate today, String username) {
        Recorded gift = store(form, amountFen, region, today, false, username);
        audit.record(AuditEvent.operation("charity.donation.create", TARGET, String.valueOf(gift.id()), region)
                .withDetail(gift.receiptNumber() + " / donor " + form.donorId() + " / "
                        + YuanFormat.INSTANCE.of(amountFen) + " / " + form.channel() + " / " + form.brand()
                        + (form.projectId() == null ? " / general" : " / project " + form.projectId())));
        return gift.id();
    }

    /** The same without an audit line, for demo data loaded before anyone signs in. */
    Recorded store(
            DonationForm form, long amountFen, RegionCode region, LocalDate today, boolean demo, String username) {
        String receipt = repository.nextReceiptNumber(region, today.getYear());
        // checked again under the counter's lock, so that two clerks pressing save at once cannot both pass
        if (!demo && !form.confirmedNotDuplicate() && repository.recentTwin(form, amountFen)) {
            throw new DonationRefusedException("charity.donation.validation.duplicate");
        }
        long fund =
                form.projectId() == null ? ledger.generalFund(region.value()) : ledger.projectFund(form.projectId());
        long id = repository.insert(form, amountFen, fund, receipt, region, demo, username);
        ledger.receiveDonation(fund, id, amountFen, username);
        return new Recorded(id, receipt);
    }

    /**
     * Voids a gift: the money leaves its fund again and the gift keeps its receipt number, marked void.
     *
     * @throws org.minzheng.charity.ledger.LedgerRefusedException when the fund has spent or passed it on
     */
    @Transactional
    void voidDonation(Donation gift, String reason, String username) {
        if (gift.voided()) {
            throw new DonationRefusedException("charity.donation.refused.alreadyVoid");
        }
        ledger.voidDonation(gift.fundId(), gift.id(), gift.amountFen(), reason, username);
        repository.markVoid(gift.id(), reason);
        audit.record(AuditEvent.operation(
                        "charity.donation.void", TARGET, String.valueOf(gift.id()), RegionCode.of(gift.regionCode()))
                .withDetail(gift.receiptNumber() + " / " + reason));
    }

    record Recorded(long id, String receiptNumber) {}
}
