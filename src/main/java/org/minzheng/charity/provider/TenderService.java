package org.minzheng.charity.provider;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.web.YuanFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tenders from call to award (招投标): bids within the tender's window and under its ceiling, panel scores, and
 * the award of one scored bid after closing, which becomes the service contract. Each step is audited in its
 * transaction; a refused step throws {@link ProviderRefusedException} and stores nothing.
 */
@Service
class TenderService {

    static final String TENDER = "charity-tender";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final TenderRepository tenders;
    private final AuditLog audit;

    TenderService(TenderRepository tenders, AuditLog audit) {
        this.tenders = tenders;
        this.audit = audit;
    }

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    @Transactional
    long create(TenderProject project, TenderForm form, long ceilingFen, String by) {
        if (!project.tendering()) {
            throw ProviderRefusedException.on("projectId", "charity.tender.refused.projectStatus");
        }
        if (ceilingFen > project.budgetFen()) {
            throw ProviderRefusedException.on(
                    "ceilingYuan", "charity.tender.refused.ceiling", YuanFormat.INSTANCE.of(project.budgetFen()));
        }
        if (form.closesOn().isBefore(form.opensOn())) {
            throw ProviderRefusedException.on("closesOn", "charity.tender.refused.closesBeforeOpens");
        }
        long id = tenders.insert(form, ceilingFen, by);
        audit.record(AuditEvent.operation("charity.tender.create", TENDER, String.valueOf(id), region(project))
                .withDetail(form.title().strip() + " / " + YuanFormat.INSTANCE.of(ceilingFen)));
        return id;
    }

    @Transactional
    long bid(Tender tender, ServiceProvider provider, BidForm form, long amountFen, String by) {
        lockOpen(tender);
        if (amountFen > tender.ceilingFen()) {
            throw ProviderRefusedException.on(
                    "amountYuan", "charity.bid.refused.ceiling", YuanFormat.INSTANCE.of(tender.ceilingFen()));
        }
        LocalDate submitted = form.submittedOn();
        if (submitted.isBefore(tender.opensOn()) || submitted.isAfter(tender.closesOn())) {
            throw ProviderRefusedException.on(
                    "submittedOn", "charity.bid.refused.window", tender.opensOn(), tender.closesOn());
        }
        if (submitted.isAfter(today())) {
            throw ProviderRefusedException.on("submittedOn", "charity.bid.refused.future");
        }
        if (tenders.hasBid(tender.id(), provider.id())) {
            throw ProviderRefusedException.on("providerId", "charity.bid.refused.twice", provider.name());
        }
        long id = tenders.insertBid(tender.id(), form, amountFen, by);
        audit.record(AuditEvent.operation("charity.bid.create", TENDER, String.valueOf(tender.id()), region(tender))
                .withDetail("bid " + id + " / " + provider.name() + " / " + YuanFormat.INSTANCE.of(amountFen)));
        return id;
    }

    @Transactional
    void score(Tender tender, long bidId, int score) {
        lockOpen(tender);
        if (score < 0 || score > 100) {
            throw new ProviderRefusedException("charity.bid.refused.score");
        }
        Bid bid = bidOf(tender, bidId);
        tenders.setScore(bid.id(), score);
        audit.record(AuditEvent.operation("charity.bid.score", TENDER, String.valueOf(tender.id()), region(tender))
                .withDetail("bid " + bid.id() + " / " + bid.providerName() + " / " + bid.score() + " -> " + score));
    }

    /**
     * Awards a scored bid after the closing day and signs its contract for the bid's amount within the project's
     * period. A bid other than the recommended one needs a reason, kept in the audit trail.
     *
     * @return the new contract's id
     */
    @Transactional
    long award(Tender tender, AwardForm form, String by) {
        requireOpen(tender);
        LocalDate today = today();
        if (!tender.closedOn(today)) {
            throw new ProviderRefusedException("charity.tenderAward.refused.notClosed", tender.closesOn());
        }
        List<Bid> bids = tenders.bids(tender.id());
        Bid chosen = bids.stream()
                .filter(b -> b.id() == form.bidId())
                .findFirst()
                .orElseThrow(() -> ProviderRefusedException.on("bidId", "charity.tenderAward.refused.bid"));
        if (!chosen.scored()) {
            throw ProviderRefusedException.on("bidId", "charity.tenderAward.refused.unscored");
        }
        if (AwardPolicy.needsReason(bids, chosen) && form.reasonOrNull() == null) {
            throw ProviderRefusedException.on("reason", "charity.tenderAward.refused.reason");
        }
        TenderProject project = tender.project();
        if (form.signedOn().isBefore(tender.closesOn()) || form.signedOn().isAfter(today)) {
            throw ProviderRefusedException.on("signedOn", "charity.tenderAward.refused.signedOn", tender.closesOn());
        }
        if (form.endsOn().isBefore(form.startsOn())) {
            throw ProviderRefusedException.on("endsOn", "charity.tenderAward.refused.endsBeforeStart");
        }
        if (form.startsOn().isBefore(project.startsOn()) || form.endsOn().isAfter(project.endsOn())) {
            throw ProviderRefusedException.on(
                    "startsOn", "charity.tenderAward.refused.period", project.startsOn(), project.endsOn());
        }
        lockOpen(tender);
        String number =
                tenders.nextContractNumber(project.regionCode(), form.signedOn().getYear());
        long contract = tenders.insertContract(tender, chosen, number, form, by);
        tenders.setStatus(tender.id(), TenderStatus.AWARDED);
        audit.record(AuditEvent.operation("charity.tender.award", TENDER, String.valueOf(tender.id()), region(tender))
                .withDetail(number + " / bid " + chosen.id() + " / " + chosen.providerName() + " / "
                        + YuanFormat.INSTANCE.of(chosen.amountFen())
                        + (form.reasonOrNull() == null ? "" : " / " + form.reasonOrNull())));
        return contract;
    }

    @Transactional
    void cancel(Tender tender, String reason) {
        requireOpen(tender);
        if (!FreeText.validReason(reason)) {
            throw new ProviderRefusedException("charity.tender.refused.cancelReason");
        }
        lockOpen(tender);
        tenders.setStatus(tender.id(), TenderStatus.CANCELLED);
        audit.record(AuditEvent.operation("charity.tender.cancel", TENDER, String.valueOf(tender.id()), region(tender))
                .withDetail(reason.strip()));
    }

    private Bid bidOf(Tender tender, long bidId) {
        return tenders.bids(tender.id()).stream()
                .filter(b -> b.id() == bidId)
                .findFirst()
                .orElseThrow(() -> new ProviderRefusedException("charity.tenderAward.refused.bid"));
    }

    /** Holds the tender row until commit, so that no bid or score slips in beside an award or a cancellation. */
    private void lockOpen(Tender tender) {
        requireOpen(tender);
        if (!tender.project().tendering()) {
            throw new ProviderRefusedException("charity.tender.refused.projectStatus");
        }
        if (tenders.lockStatus(tender.id()) != TenderStatus.OPEN) {
            throw new ProviderRefusedException("charity.tender.refused.notOpen");
        }
    }

    private static void requireOpen(Tender tender) {
        if (!tender.open()) {
            throw new ProviderRefusedException("charity.tender.refused.notOpen");
        }
    }

    private static RegionCode region(Tender tender) {
        return region(tender.project());
    }

    private static RegionCode region(TenderProject project) {
        return RegionCode.of(project.regionCode());
    }
}
