package org.minzheng.eldercare.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.minzheng.attachment.Attachments;
import org.minzheng.attachment.Upload;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.eldercare.elder.FamilyPhones;
import org.minzheng.notification.Notifications;
import org.minzheng.notification.Sms;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.crypto.BlindIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a caregiver does at the home, on the phone: check in (a photo optional), check out with the service
 * record and a photo of the work, and let the elder or the family confirm and rate. At check-out the rules
 * look at the visit, and the family gets a text message with a one-time link to confirm from afar.
 */
@Service
class VisitRecording {

    static final String CHECK_IN_PHOTOS = "eldercare-visit-in";
    static final String CHECK_OUT_PHOTOS = "eldercare-visit-out";
    static final String TOKEN_CONTEXT = "eldercare.visits.confirm";
    private static final Locale SMS_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final VisitRepository visits;
    private final Attachments attachments;
    private final FamilyPhones familyPhones;
    private final Notifications notifications;
    private final BlindIndex blindIndex;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;
    private final VisitAnomalyRules rules;
    private final String baseUrl;
    private final SecureRandom random = new SecureRandom();

    VisitRecording(
            VisitRepository visits,
            Attachments attachments,
            FamilyPhones familyPhones,
            Notifications notifications,
            BlindIndex blindIndex,
            MessageSource messages,
            AuditLog audit,
            Clock clock,
            @Value("${minzheng.eldercare.visit.minimum-share:0.5}") double minimumShare,
            @Value("${minzheng.portal.base-url:http://localhost:8080}") String baseUrl) {
        this.visits = visits;
        this.attachments = attachments;
        this.familyPhones = familyPhones;
        this.notifications = notifications;
        this.blindIndex = blindIndex;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
        this.rules = new VisitAnomalyRules(minimumShare);
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
    }

    VisitAnomalyRules rules() {
        return rules;
    }

    /** @param photo may be null: a photo at check-in is welcome, not required */
    @Transactional
    void checkIn(VisitDetails visit, String reportedTime, Position position, Upload photo) {
        if (visit.status() != VisitStatus.DISPATCHED) {
            throw new ServiceRefusedException("eldercare.visit.refused.checkIn");
        }
        if (photo != null) {
            attachments.store(photo);
        }
        Instant received = clock.instant();
        Instant at = ReportedTime.of(reportedTime, received);
        if (!visits.checkIn(visit.id(), at, received, position)) {
            throw new ServiceRefusedException("eldercare.visit.refused.checkIn");
        }
        audit.record(AuditEvent.operation(
                        "eldercare.visit.check-in", "eldercare.visit", String.valueOf(visit.id()), region(visit))
                .withDetail(position == null ? "no position" : "with position"));
    }

    /** @return what the rules found */
    @Transactional
    List<VisitAnomalyRules.Finding> checkOut(
            VisitDetails visit, String reportedTime, Position position, String record, Upload photo) {
        if (visit.status() != VisitStatus.STARTED) {
            throw new ServiceRefusedException("eldercare.visit.refused.checkOut");
        }
        if (photo == null) {
            throw new ServiceRefusedException("eldercare.visit.refused.photo");
        }
        // the photo is checked first: a refused file leaves the visit as it was
        attachments.store(photo);
        Instant received = clock.instant();
        Instant at = ReportedTime.of(reportedTime, received);
        String token = newToken();
        if (!visits.checkOut(visit.id(), at, received, position, record, blindIndex.of(token, TOKEN_CONTEXT))) {
            throw new ServiceRefusedException("eldercare.visit.refused.checkOut");
        }
        List<VisitAnomalyRules.Finding> findings = rules.check(
                new VisitAnomalyRules.Interval(visit.id(), visit.checkedInAt(), at),
                visit.standardMinutes(),
                visits.otherIntervals(visit.caregiverId(), visit.bedId(), visit.scheduledOn()));
        for (var finding : findings) {
            Long other = finding.kind() == AnomalyKind.OVERLAP ? finding.otherVisitId() : null;
            visits.flag(visit.id(), finding.kind(), finding.minutes(), other);
            if (other != null) {
                visits.flag(other, AnomalyKind.OVERLAP, finding.minutes(), visit.id());
            }
        }
        familyPhones
                .firstMobile(visit.elderId())
                .ifPresent(phone -> notifications.send(new Sms(
                        phone,
                        messages.getMessage(
                                "eldercare.visit.sms.confirm",
                                new Object[] {visit.elderName(), visit.itemName(), baseUrl + "/care/confirm/" + token},
                                SMS_LOCALE),
                        "eldercare.visit.confirm",
                        "visit-" + visit.id())));
        audit.record(AuditEvent.operation(
                        "eldercare.visit.check-out", "eldercare.visit", String.valueOf(visit.id()), region(visit))
                .withDetail(
                        findings.isEmpty()
                                ? "no anomaly"
                                : findings.stream()
                                        .map(f -> f.kind().name())
                                        .toList()
                                        .toString()));
        return findings;
    }

    /** On the caregiver's phone, by the elder or the family at the home. */
    @Transactional
    void confirm(VisitDetails visit, String by, int rating, String feedback) {
        if (!visits.confirm(visit.id(), by, rating, feedback)) {
            throw new ServiceRefusedException("eldercare.visit.refused.confirmed");
        }
        audit.record(AuditEvent.operation(
                        "eldercare.visit.confirm", "eldercare.visit", String.valueOf(visit.id()), region(visit))
                .withDetail(by + " rated " + rating));
    }

    String tokenHash(String token) {
        return blindIndex.of(token, TOKEN_CONTEXT);
    }

    private String newToken() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static RegionCode region(VisitDetails visit) {
        return RegionCode.of(visit.regionCode());
    }
}
