package org.minzheng.rescue.escort;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.rescue.cases.RescueCaseService;
import org.minzheng.rescue.cases.StayLimit;
import org.minzheng.shared.InvalidMoneyException;
import org.minzheng.shared.Masking;
import org.minzheng.shared.Money;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.security.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of an escort task. A county asking for a cross-province escort hands it to the city station; the hand-over
 * ends the case as escorted in the same transaction. Every change is audited; a refusal stores nothing.
 */
@Service
class EscortService {

    static final String PHONE_CONTEXT = "rescue.escort.receiver-phone";
    private static final long MAX_COST_FEN = 10_000_000L;

    private final EscortRepository escorts;
    private final RescueCaseService cases;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;
    private final Clock clock;

    EscortService(
            EscortRepository escorts, RescueCaseService cases, PersonalDataCipher cipher, AuditLog audit, Clock clock) {
        this.escorts = escorts;
        this.cases = cases;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(StayLimit.BEIJING));
    }

    LocalDateTime nowInBeijing() {
        return LocalDateTime.now(clock.withZone(StayLimit.BEIJING))
                .withSecond(0)
                .withNano(0);
    }

    /** Parses the cost in yuan; blank means no cost. */
    static long costFen(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        long fen;
        try {
            fen = Money.parseYuan(text).fen();
        } catch (InvalidMoneyException e) {
            throw new EscortRefusedException("cost", "rescue.escort.validation.cost");
        }
        if (fen < 0 || fen > MAX_COST_FEN) {
            throw new EscortRefusedException("cost", "rescue.escort.validation.cost");
        }
        return fen;
    }

    @Transactional
    long create(EscortForm form, CaseSummary c, DataScope scope, String staff, boolean demo) {
        if (!Provinces.known(form.province())) {
            throw new EscortRefusedException("province", "rescue.escort.validation.province");
        }
        long cost = costFen(form.cost());
        if (!"IN_CARE".equals(escorts.lockCase(c.id()))) {
            throw new EscortRefusedException(null, "rescue.escort.refused.notInCare");
        }
        if (escorts.openEscortFor(c.id())) {
            throw new EscortRefusedException(null, "rescue.escort.refused.alreadyOpen");
        }
        if (form.plannedOn().isBefore(today().minusDays(30))) {
            throw new EscortRefusedException("plannedOn", "rescue.escort.refused.plannedLongAgo");
        }
        boolean cross = Provinces.crossProvince(form.province());
        boolean handedToCity = cross && !"CITY".equals(c.stationKind());
        long escortStation = handedToCity
                ? escorts.cityStation()
                        .orElseThrow(() -> new EscortRefusedException(null, "rescue.escort.refused.noCityStation"))
                : c.stationId();
        EscortStatus status = handedToCity ? EscortStatus.REQUESTED : EscortStatus.ACCEPTED;
        long id = escorts.insert(form, c, escortStation, cross, cost, status, demo, staff);
        if (!handedToCity) {
            escorts.assign(id, checkedStaff(escortStation, form.staff()));
        }
        escorts.event(id, status, clock.instant(), staff, null);
        audit.record(AuditEvent.operation(
                        "rescue.escort.create",
                        "rescue.escort",
                        String.valueOf(id),
                        org.minzheng.shared.RegionCode.of(c.regionCode()))
                .withDetail(c.number() + " to " + form.province() + (cross ? " cross-province" : "") + " " + status));
        return id;
    }

    @Transactional
    void accept(long id, AcceptForm form, DataScope scope, String staff) {
        Escort e = escorts.locked(id, scope);
        if (e.status() != EscortStatus.REQUESTED && e.status() != EscortStatus.ACCEPTED) {
            throw new EscortRefusedException(null, "rescue.escort.refused.status");
        }
        escorts.assign(id, checkedStaff(e.escortStationId(), form.staff()));
        escorts.accept(id, blank(form.vehicle()));
        String action = e.status() == EscortStatus.REQUESTED ? "rescue.escort.accept" : "rescue.escort.assign";
        if (e.status() == EscortStatus.REQUESTED) {
            escorts.event(id, EscortStatus.ACCEPTED, clock.instant(), staff, null);
        }
        audit.record(AuditEvent.operation(action, "rescue.escort", String.valueOf(id), e.region())
                .withDetail(e.caseNumber() + " staff " + form.staff()));
    }

    @Transactional
    void start(long id, DataScope scope, String staff) {
        Escort e = escorts.locked(id, scope);
        if (e.status() != EscortStatus.ACCEPTED) {
            throw new EscortRefusedException(null, "rescue.escort.refused.status");
        }
        if (escorts.assigned(id).isEmpty()) {
            throw new EscortRefusedException(null, "rescue.escort.refused.noStaff");
        }
        Instant now = clock.instant();
        escorts.start(id, now);
        escorts.event(id, EscortStatus.IN_PROGRESS, now, staff, null);
        audit.record(AuditEvent.operation("rescue.escort.start", "rescue.escort", String.valueOf(id), e.region())
                .withDetail(e.caseNumber()));
    }

    @Transactional
    void handOver(long id, HandoverForm form, DataScope scope, String staff) {
        Escort e = escorts.locked(id, scope);
        if (e.status() != EscortStatus.IN_PROGRESS) {
            throw new EscortRefusedException(null, "rescue.escort.refused.status");
        }
        Instant at = form.handedOverAt().atZone(StayLimit.BEIJING).toInstant();
        if (at.isBefore(e.startedAt().truncatedTo(java.time.temporal.ChronoUnit.MINUTES))) {
            throw new EscortRefusedException("handedOverAt", "rescue.escort.refused.beforeStart");
        }
        if (at.isAfter(clock.instant())) {
            throw new EscortRefusedException("handedOverAt", "rescue.escort.refused.inFuture");
        }
        if (at.isBefore(e.startedAt())) {
            at = e.startedAt();
        }
        String phone = PhoneNumber.tryParse(form.receiverPhone())
                .map(PhoneNumber::value)
                .orElseThrow(() -> new EscortRefusedException("receiverPhone", "rescue.escort.validation.phone"));
        if (!"IN_CARE".equals(escorts.lockCase(e.caseId()))) {
            throw new EscortRefusedException(null, "rescue.escort.refused.notInCare");
        }
        String note = blank(form.note());
        escorts.handOver(
                id,
                at,
                form.receivedBy().strip(),
                form.receivedByKind(),
                cipher.encrypt(phone, PHONE_CONTEXT),
                Masking.phone(phone),
                note);
        escorts.event(id, EscortStatus.HANDED_OVER, at, staff, form.receivedBy().strip());
        cases.releaseEscorted(e.caseId(), at, note, staff);
        audit.record(AuditEvent.operation("rescue.escort.handover", "rescue.escort", String.valueOf(id), e.region())
                .withDetail(e.caseNumber() + " to " + form.receivedByKind() + " "
                        + form.receivedBy().strip()));
    }

    @Transactional
    void cancel(long id, CancelForm form, DataScope scope, String staff) {
        Escort e = escorts.locked(id, scope);
        if (!e.open()) {
            throw new EscortRefusedException(null, "rescue.escort.refused.status");
        }
        escorts.cancel(id, form.reason().strip());
        escorts.event(
                id,
                EscortStatus.CANCELLED,
                clock.instant(),
                staff,
                form.reason().strip());
        audit.record(AuditEvent.operation("rescue.escort.cancel", "rescue.escort", String.valueOf(id), e.region())
                .withDetail(e.caseNumber() + ": " + form.reason().strip()));
    }

    private List<Long> checkedStaff(long stationId, List<Long> chosen) {
        var allowed = new HashSet<Long>();
        escorts.activeStaff(stationId).forEach(s -> allowed.add(s.id()));
        if (!allowed.containsAll(chosen)) {
            throw new EscortRefusedException("staffIds", "rescue.escort.refused.staff");
        }
        return List.copyOf(new java.util.LinkedHashSet<>(chosen));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
