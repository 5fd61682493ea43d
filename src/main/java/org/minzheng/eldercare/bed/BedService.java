package org.minzheng.eldercare.bed;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.eldercare.bed.BedRepository.ElderEligibility;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Establishes 家庭养老床位: only for an elder assessed at least 轻度失能 whose household has an economic
 * category (特困, 低保 or 边缘), with a provider under a valid contract serving the elder's township. Every step
 * is audited; refusals say why and change nothing.
 */
@Service
class BedService {

    /** 轻度失能: the lowest level that makes an elder eligible. */
    static final int LOWEST_ELIGIBLE_LEVEL = 1;

    private final BedRepository beds;
    private final AuditLog audit;
    private final Clock clock;
    private final ModificationCap cap;

    BedService(
            BedRepository beds,
            AuditLog audit,
            Clock clock,
            @Value("${minzheng.eldercare.modification-cap-fen:300000}") long capFen) {
        this.beds = beds;
        this.audit = audit;
        this.clock = clock;
        this.cap = new ModificationCap(capFen);
    }

    ModificationCap cap() {
        return cap;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional
    long establish(long elderId, long providerId, DataScope scope, String staff) {
        ElderEligibility elder =
                beds.elder(elderId, scope).orElseThrow(() -> new NotFoundException("eldercare elder " + elderId));
        if (elder.hasBed()) {
            throw new BedRefusedException("eldercare.bed.refused.exists", elder.name());
        }
        if (elder.finalLevel() == null) {
            throw new BedRefusedException("eldercare.bed.refused.notAssessed", elder.name());
        }
        if (elder.finalLevel() < LOWEST_ELIGIBLE_LEVEL) {
            throw new BedRefusedException("eldercare.bed.refused.level", elder.name());
        }
        if ("NONE".equals(elder.economicCategory())) {
            throw new BedRefusedException("eldercare.bed.refused.economic", elder.name());
        }
        if (!beds.providerExists(providerId)) {
            throw new BedRefusedException("eldercare.bed.refused.provider");
        }
        String contract = beds.contractServing(providerId, elder.township(), today())
                .orElseThrow(() -> new BedRefusedException("eldercare.bed.refused.provider"));
        long id = beds.insert(elder, providerId, contract, staff);
        audit.record(AuditEvent.operation("eldercare.bed.create", "eldercare.bed", String.valueOf(id), elder.region())
                .withDetail("elder " + elderId + ", provider " + providerId + ", contract " + contract));
        return id;
    }

    /** Replaces the plan; refused after the works were ordered, when empty, or when the co-payment is short. */
    @Transactional
    ModificationCap.Split plan(BedDetails bed, List<PlanLine> lines, String staff) {
        if (bed.status() != BedStatus.DRAFT && bed.status() != BedStatus.PLANNED) {
            throw new BedRefusedException("eldercare.bed.refused.step");
        }
        if (lines.isEmpty()) {
            throw new BedRefusedException("eldercare.bed.refused.emptyPlan");
        }
        for (PlanLine line : lines) {
            if (line.coPaymentFen() > line.amountFen()) {
                throw new BedRefusedException("eldercare.bed.refused.lineCoPayment", line.name());
            }
        }
        ModificationCap.Split split = cap.split(lines);
        if (!split.covered()) {
            throw new BedRefusedException(
                    "eldercare.bed.refused.coPayment", Yuan.of(split.excessFen()), Yuan.of(split.coPaymentFen()));
        }
        beds.replaceLines(bed.id(), lines);
        beds.planned(bed.id(), staff);
        audit.record(AuditEvent.operation("eldercare.bed.plan", "eldercare.bed", String.valueOf(bed.id()), bed.region())
                .withDetail(lines.size() + " lines, total " + split.totalFen() + " fen, subsidy " + split.subsidyFen()
                        + " fen, co-payment " + split.coPaymentFen() + " fen"));
        return split;
    }

    @Transactional
    void orderWorks(BedDetails bed, String staff) {
        if (bed.status() != BedStatus.PLANNED) {
            throw new BedRefusedException("eldercare.bed.refused.step");
        }
        beds.worksOrdered(bed.id(), today(), staff);
        audit.record(AuditEvent.operation(
                "eldercare.bed.order-works", "eldercare.bed", String.valueOf(bed.id()), bed.region()));
    }

    @Transactional
    void accept(BedDetails bed, String note, String staff) {
        if (bed.status() != BedStatus.WORKS_ORDERED) {
            throw new BedRefusedException("eldercare.bed.refused.step");
        }
        String cleaned = note == null || note.isBlank() ? null : note.strip();
        beds.accepted(bed.id(), today(), staff, cleaned);
        audit.record(
                AuditEvent.operation("eldercare.bed.accept", "eldercare.bed", String.valueOf(bed.id()), bed.region())
                        .withDetail("active"));
    }
}
