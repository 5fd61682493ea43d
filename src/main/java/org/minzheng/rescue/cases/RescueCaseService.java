package org.minzheng.rescue.cases;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.minzheng.attachment.Attachments;
import org.minzheng.attachment.StoredFile;
import org.minzheng.attachment.Upload;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.Masking;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.security.DataScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake, identity, extensions, hospital stays and release of a case. Every change is audited in its own
 * transaction; a refusal throws {@link CaseRefusedException} and leaves nothing behind.
 */
@Service
public class RescueCaseService {

    public static final String ID_CONTEXT = "rescue.case.id-number";
    public static final String ID_INDEX_CONTEXT = "rescue.case.id-number";
    private static final Duration DOUBLE_TAP = Duration.ofMinutes(2);

    private final RescueCaseRepository cases;
    private final PersonalDataCipher cipher;
    private final BlindIndex blindIndex;
    private final Attachments attachments;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RescueCaseService(
            RescueCaseRepository cases,
            PersonalDataCipher cipher,
            BlindIndex blindIndex,
            Attachments attachments,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.cases = cases;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.attachments = attachments;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(StayLimit.BEIJING));
    }

    LocalDateTime nowInBeijing() {
        return LocalDateTime.now(clock.withZone(StayLimit.BEIJING))
                .withSecond(0)
                .withNano(0);
    }

    static Instant beijing(LocalDateTime time) {
        return time.atZone(StayLimit.BEIJING).toInstant();
    }

    /**
     * 受助登记. The person is admitted now; the case number is taken last so that a refusal never spends one.
     *
     * @param photo a named upload whose content supports mark and reset, or null
     */
    @Transactional
    RescueCase admit(IntakeForm form, Photo photo, DataScope scope, String staff) {
        StationChoice station = cases.stations(scope).stream()
                .filter(s -> s.id() == form.stationId())
                .findFirst()
                .orElseThrow(() -> new CaseRefusedException("stationId", "rescue.case.refused.station"));
        Instant now = now();
        Instant foundAt = beijing(form.foundAt());
        if (foundAt.isAfter(now)) {
            throw new CaseRefusedException("foundAt", "rescue.case.refused.foundInFuture");
        }
        boolean unknown = form.identityStatus() == IdentityStatus.UNKNOWN;
        String name = blankToNull(form.name());
        if (!unknown && name == null) {
            throw new CaseRefusedException("name", "rescue.case.refused.nameRequired");
        }
        LocalDate today = today();
        if (form.birthDate() != null && form.birthDate().isAfter(today)) {
            throw new CaseRefusedException("birthDate", "rescue.case.refused.bornInFuture");
        }
        IdNumber id = blankToNull(form.idNumber()) == null ? null : IdNumber.parse(form.idNumber(), today);
        String idIndex = id == null ? null : blindIndex.of(id.value(), ID_INDEX_CONTEXT);
        if (idIndex != null) {
            cases.inCareWith(idIndex, null).ifPresent(number -> {
                throw new CaseRefusedException("idNumber", "rescue.case.refused.alreadyInCare", number);
            });
        }
        cases.justRegistered(
                        station.id(),
                        name,
                        form.sex(),
                        foundAt,
                        form.foundPlace().strip(),
                        now.minus(DOUBLE_TAP))
                .ifPresent(number -> {
                    throw new CaseRefusedException(null, "rescue.case.refused.doubleTap", number);
                });
        if (photo != null && !CasePhoto.looksLikePhoto(photo.content())) {
            throw new CaseRefusedException("photo", "rescue.case.refused.photoType");
        }
        int year = today.getYear();
        String number = cases.nextCaseNumber(station.id(), station.regionCode(), year);
        Map<String, Object> values = new HashMap<>();
        values.put("number", number);
        values.put("stationId", station.id());
        values.put("regionCode", station.regionCode());
        values.put("admittedAt", OffsetDateTime.ofInstant(now, StayLimit.BEIJING));
        values.put("foundAt", OffsetDateTime.ofInstant(foundAt, StayLimit.BEIJING));
        values.put("foundPlace", form.foundPlace().strip());
        values.put("foundRegionCode", blankToNull(form.foundRegionCode()));
        values.put("source", form.source().name());
        values.put("broughtBy", blankToNull(form.broughtBy()));
        values.put("identityStatus", form.identityStatus().name());
        values.put("name", name);
        values.put("sex", form.sex());
        values.put("birthDate", id != null ? id.birthDate() : form.birthDate());
        values.put("estimatedAge", form.estimatedAge());
        values.put("idCipher", id == null ? null : cipher.encrypt(id.value(), ID_CONTEXT));
        values.put("idIndex", idIndex);
        values.put("idMasked", id == null ? null : Masking.idNumberForStaff(id.value()));
        values.put("hukouPlace", blankToNull(form.hukouPlace()));
        values.put("heightCm", form.heightCm());
        values.put("physicalDescription", blankToNull(form.physicalDescription()));
        values.put("features", blankToNull(form.features()));
        values.put("dialect", blankToNull(form.dialect()));
        values.put("clothing", blankToNull(form.clothing()));
        values.put("health", form.health().name());
        values.put("healthNote", blankToNull(form.healthNote()));
        values.put("belongings", blankToNull(form.belongings()));
        values.put("demo", false);
        values.put("createdBy", staff);
        long caseId = cases.insert(values);
        if (photo != null) {
            StoredFile stored = attachments.store(
                    new Upload(photo.name(), photo.content(), photo.size(), CasePhoto.OWNER, String.valueOf(caseId)));
            if (!CasePhoto.MEDIA_TYPES.contains(stored.mediaType())) {
                throw new CaseRefusedException("photo", "rescue.case.refused.photoType");
            }
            cases.photo(caseId, stored.id().toString());
        }
        audit.record(AuditEvent.operation(
                        "rescue.case.admit", "rescue.case", String.valueOf(caseId), RegionCode.of(station.regionCode()))
                .withDetail(number + " " + form.identityStatus() + " " + form.source()));
        events.publishEvent(new RescueCaseAdmitted(caseId, station.regionCode(), form.identityStatus()));
        return cases.find(caseId, scope).orElseThrow();
    }

    /** 身份更正: e.g. from UNKNOWN to VERIFIED once the police found who the person is. */
    @Transactional
    void identify(RescueCase c, IdentityForm form, String staff) {
        c = cases.locked(c.id());
        open(c);
        String name = blankToNull(form.name());
        if (form.identityStatus() != IdentityStatus.UNKNOWN && name == null) {
            throw new CaseRefusedException("name", "rescue.case.refused.nameRequired");
        }
        IdNumber id = blankToNull(form.idNumber()) == null ? null : IdNumber.parse(form.idNumber(), today());
        String idIndex = id == null ? null : blindIndex.of(id.value(), ID_INDEX_CONTEXT);
        if (idIndex != null) {
            cases.inCareWith(idIndex, c.id()).ifPresent(number -> {
                throw new CaseRefusedException("idNumber", "rescue.case.refused.alreadyInCare", number);
            });
        }
        cases.identify(
                c.id(),
                form.identityStatus(),
                name,
                form.sex(),
                id == null ? null : id.birthDate(),
                blankToNull(form.hukouPlace()),
                id == null ? null : cipher.encrypt(id.value(), ID_CONTEXT),
                idIndex,
                id == null ? null : Masking.idNumberForStaff(id.value()));
        audit.record(AuditEvent.operation("rescue.case.identify", "rescue.case", String.valueOf(c.id()), c.region())
                .withDetail(c.number() + " " + c.identityStatus() + " -> " + form.identityStatus()
                        + (id == null ? "" : ", id number " + Masking.idNumberForStaff(id.value()))));
        if (idIndex != null) {
            events.publishEvent(new RescueCaseIdentified(c.id(), c.regionCode()));
        }
    }

    /** The next case number of a station: for the follow-up's demo data, which files earlier stays. */
    public String nextCaseNumber(long stationId, String stationRegion, int year) {
        return cases.nextCaseNumber(stationId, stationRegion, year);
    }

    /**
     * 认亲: the family search found who the person is. Public for the family-search feature, which calls it inside
     * its reunification transaction; the case becomes {@link IdentityStatus#VERIFIED}.
     *
     * @param idNumber a checked ID number, or null to keep the one on file
     */
    @Transactional
    public void confirmIdentity(
            long caseId, String name, String sex, String idNumber, String hukouPlace, String staff) {
        identify(
                cases.locked(caseId),
                new IdentityForm(IdentityStatus.VERIFIED, name, sex, idNumber, hukouPlace),
                staff);
    }

    /** 延期报备: the extra days count from the day the extension is reported. */
    @Transactional
    void extend(RescueCase c, ExtensionForm form, String staff) {
        c = cases.locked(c.id());
        open(c);
        LocalDate admitted = c.admittedAt().atZone(StayLimit.BEIJING).toLocalDate();
        if (form.reportedOn().isAfter(today())) {
            throw new CaseRefusedException("reportedOn", "rescue.case.refused.reportedInFuture");
        }
        if (form.reportedOn().isBefore(admitted)) {
            throw new CaseRefusedException("reportedOn", "rescue.case.refused.reportedBeforeAdmission");
        }
        cases.extend(
                c.id(),
                form.extraDays(),
                form.reason().strip(),
                form.reportedTo().strip(),
                form.reportedOn(),
                staff);
        audit.record(AuditEvent.operation("rescue.case.extend", "rescue.case", String.valueOf(c.id()), c.region())
                .withDetail(c.number() + " +" + form.extraDays() + " days, reported to "
                        + form.reportedTo().strip()));
    }

    @Transactional
    void refer(RescueCase c, ReferralForm form, String staff) {
        c = cases.locked(c.id());
        open(c);
        if (c.status() != CaseStatus.IN_CARE) {
            throw new CaseRefusedException(null, "rescue.case.refused.alreadyInHospital");
        }
        Instant at = beijing(form.referredAt());
        checkMoment("referredAt", at, c.admittedAt());
        cases.refer(c.id(), form.hospital().strip(), form.reason().strip(), at, staff);
        audit.record(AuditEvent.operation("rescue.case.refer", "rescue.case", String.valueOf(c.id()), c.region())
                .withDetail(c.number() + " to " + form.hospital().strip()));
    }

    @Transactional
    void returnFromHospital(RescueCase c, HospitalReturnForm form, String staff) {
        c = cases.locked(c.id());
        open(c);
        Referral referral = cases.referrals(c.id()).stream()
                .filter(Referral::open)
                .findFirst()
                .orElseThrow(() -> new CaseRefusedException(null, "rescue.case.refused.notInHospital"));
        Instant at = beijing(form.returnedAt());
        if (at.isBefore(referral.referredAt())) {
            throw new CaseRefusedException("returnedAt", "rescue.case.refused.returnedBeforeReferral");
        }
        if (at.isAfter(now())) {
            throw new CaseRefusedException("returnedAt", "rescue.case.refused.inFuture");
        }
        cases.returned(referral.id(), c.id(), at, form.outcome().strip());
        audit.record(AuditEvent.operation("rescue.case.return", "rescue.case", String.valueOf(c.id()), c.region())
                .withDetail(c.number() + " from " + referral.hospital()));
    }

    /** 离站: the stay ends and the case is kept as it was from then on. */
    @Transactional
    void release(RescueCase c, ReleaseForm form, String staff) {
        c = cases.locked(c.id());
        open(c);
        if (c.status() == CaseStatus.IN_HOSPITAL && form.kind() != ReleaseKind.DIED) {
            throw new CaseRefusedException(null, "rescue.case.refused.releaseFromHospital");
        }
        Instant at = beijing(form.releasedAt());
        checkMoment("releasedAt", at, c.admittedAt());
        // a release typed to the minute of admission may fall seconds before it
        cases.release(c.id(), form.kind(), at.isBefore(c.admittedAt()) ? c.admittedAt() : at, blankToNull(form.note()));
        audit.record(AuditEvent.operation("rescue.case.release", "rescue.case", String.valueOf(c.id()), c.region())
                .withDetail(c.number() + " " + form.kind()));
    }

    /**
     * 护送返乡 handed over: the stay ends as {@link ReleaseKind#ESCORTED}. Public for the escort feature, which calls
     * it inside its own hand-over transaction so that both stand or fall together.
     */
    @Transactional
    public void releaseEscorted(long caseId, Instant handedOverAt, String note, String staff) {
        release(
                cases.locked(caseId),
                new ReleaseForm(ReleaseKind.ESCORTED, LocalDateTime.ofInstant(handedOverAt, StayLimit.BEIJING), note),
                staff);
    }

    private void checkMoment(String field, Instant at, Instant admittedAt) {
        if (at.isAfter(now())) {
            throw new CaseRefusedException(field, "rescue.case.refused.inFuture");
        }
        if (at.isBefore(admittedAt.truncatedTo(ChronoUnit.MINUTES))) {
            throw new CaseRefusedException(field, "rescue.case.refused.beforeAdmission");
        }
    }

    private static void open(RescueCase c) {
        if (c.released()) {
            throw new CaseRefusedException(null, "rescue.case.refused.released");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** An uploaded photo; the content supports mark and reset. */
    record Photo(String name, InputStream content, long size) {}
}
