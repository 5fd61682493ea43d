package org.minzheng.eldercare.bed;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.attachment.AttachmentId;
import org.minzheng.attachment.Attachments;
import org.minzheng.attachment.StoredFile;
import org.minzheng.attachment.Upload;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.eldercare.bed.BedRepository.ElderEligibility;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.NotFoundException;
import org.minzheng.shared.web.YuanFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Establishes 家庭养老床位: only for an elder assessed at least 轻度失能 whose household has an economic
 * category (特困, 低保 or 边缘), with a provider under a valid contract serving the elder's township. The township
 * accepts the works only on completion photos (竣工照片). A bed not yet active may be cancelled, an active one
 * closed; either ends it for good. Every step is audited; refusals say why and change nothing.
 */
@Service
class BedService {

    /** 轻度失能: the lowest level that makes an elder eligible. */
    static final int LOWEST_ELIGIBLE_LEVEL = 1;

    private final BedRepository beds;
    private final AuditLog audit;
    private final Clock clock;
    private final ModificationCap cap;
    private final Attachments attachments;

    BedService(
            BedRepository beds,
            AuditLog audit,
            Clock clock,
            Attachments attachments,
            @Value("${minzheng.eldercare.modification-cap-fen:300000}") long capFen) {
        this.beds = beds;
        this.audit = audit;
        this.attachments = attachments;
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
                    "eldercare.bed.refused.coPayment",
                    YuanFormat.INSTANCE.of(split.excessFen()),
                    YuanFormat.INSTANCE.of(split.coPaymentFen()));
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
        if (photos(bed.id()).isEmpty()) {
            throw new BedRefusedException("eldercare.bed.refused.noPhoto");
        }
        String cleaned = note == null || note.isBlank() ? null : note.strip();
        beds.accepted(bed.id(), today(), staff, cleaned);
        audit.record(
                AuditEvent.operation("eldercare.bed.accept", "eldercare.bed", String.valueOf(bed.id()), bed.region())
                        .withDetail("active"));
    }

    List<StoredFile> photos(long bedId) {
        return attachments.of(WorksPhoto.OWNER, String.valueOf(bedId));
    }

    /**
     * Keeps completion photos while the works are under way. Every file is looked at before any is stored, and
     * a file the attachment store refuses rolls back those stored before it, so a batch is kept whole or not at
     * all.
     *
     * @param photos named uploads whose content supports mark and reset
     * @throws org.minzheng.attachment.UploadRefused when the store refuses a file
     */
    @Transactional
    List<StoredFile> addPhotos(BedDetails bed, List<NamedContent> photos) {
        if (bed.status() != BedStatus.WORKS_ORDERED) {
            throw new BedRefusedException("eldercare.bed.refused.step");
        }
        if (photos.isEmpty()) {
            throw new BedRefusedException("eldercare.bed.refused.noPhotoChosen");
        }
        for (NamedContent photo : photos) {
            if (!WorksPhoto.looksLikePhoto(photo.content())) {
                throw new BedRefusedException("eldercare.bed.refused.photoType", photo.name());
            }
        }
        List<StoredFile> stored = new ArrayList<>();
        for (NamedContent photo : photos) {
            StoredFile file = attachments.store(new Upload(
                    photo.name(), photo.content(), photo.size(), WorksPhoto.OWNER, String.valueOf(bed.id())));
            if (!WorksPhoto.MEDIA_TYPES.contains(file.mediaType())) {
                throw new BedRefusedException("eldercare.bed.refused.photoType", photo.name());
            }
            stored.add(file);
        }
        audit.record(AuditEvent.operation(
                        "eldercare.bed.photo-add", "eldercare.bed", String.valueOf(bed.id()), bed.region())
                .withDetail(stored.stream().map(f -> f.id().toString()).toList().toString()));
        return stored;
    }

    /** Removes a completion photo; only while the works are under way, so an accepted bed keeps its proof. */
    @Transactional
    void removePhoto(BedDetails bed, AttachmentId photo) {
        StoredFile file = photos(bed.id()).stream()
                .filter(candidate -> candidate.id().equals(photo))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("photo of eldercare bed " + bed.id()));
        if (bed.status() != BedStatus.WORKS_ORDERED) {
            throw new BedRefusedException("eldercare.bed.refused.photoKept");
        }
        attachments.delete(file.id());
        audit.record(AuditEvent.operation(
                        "eldercare.bed.photo-remove", "eldercare.bed", String.valueOf(bed.id()), bed.region())
                .withDetail(file.id().toString()));
    }

    /** 撤销: a bed that never became active ends today. */
    @Transactional
    void cancel(BedDetails bed, String reason, String staff) {
        if (!bed.status().cancellable()
                || !beds.ended(
                        bed.id(),
                        List.of(BedStatus.DRAFT, BedStatus.PLANNED, BedStatus.WORKS_ORDERED),
                        BedStatus.CANCELLED,
                        today(),
                        staff,
                        reason.strip())) {
            throw new BedRefusedException("eldercare.bed.refused.step");
        }
        audit.record(
                AuditEvent.operation("eldercare.bed.cancel", "eldercare.bed", String.valueOf(bed.id()), bed.region())
                        .withDetail("was " + bed.status()));
    }

    /** 终止服务: an active bed's service ends on a day between its acceptance and today. */
    @Transactional
    void close(BedDetails bed, String reason, LocalDate closedOn, String staff) {
        if (bed.status() != BedStatus.ACTIVE) {
            throw new BedRefusedException("eldercare.bed.refused.step");
        }
        if (closedOn.isAfter(today())) {
            throw new BedRefusedException("eldercare.bed.refused.closedOnFuture");
        }
        if (bed.acceptedOn() != null && closedOn.isBefore(bed.acceptedOn())) {
            throw new BedRefusedException(
                    "eldercare.bed.refused.closedOnBeforeAcceptance",
                    bed.acceptedOn().toString());
        }
        if (!beds.ended(bed.id(), List.of(BedStatus.ACTIVE), BedStatus.CLOSED, closedOn, staff, reason.strip())) {
            throw new BedRefusedException("eldercare.bed.refused.step");
        }
        audit.record(
                AuditEvent.operation("eldercare.bed.close", "eldercare.bed", String.valueOf(bed.id()), bed.region())
                        .withDetail("closed on " + closedOn));
    }

    /** An uploaded file before any check: the sender's name for it, its bytes and its announced size. */
    record NamedContent(String name, InputStream content, long size) {}
}
