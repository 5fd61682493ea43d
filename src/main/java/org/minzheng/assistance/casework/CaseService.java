package org.minzheng.assistance.casework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.minzheng.assistance.AssistanceCaseSubmitted;
import org.minzheng.assistance.AssistanceCases;
import org.minzheng.assistance.CaseNumber;
import org.minzheng.assistance.CaseRefused;
import org.minzheng.assistance.CaseStatus;
import org.minzheng.assistance.CaseStep;
import org.minzheng.assistance.CaseTracking;
import org.minzheng.assistance.NewCase;
import org.minzheng.attachment.AttachmentId;
import org.minzheng.attachment.Attachments;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.notification.Notifications;
import org.minzheng.notification.Sms;
import org.minzheng.region.Regions;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.crypto.BlindIndex;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.shared.validation.PlainTextValidator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files cases for the portal and for staff (代办): keeps the ID number and phone encrypted, files a
 * retried submit once, refuses a second open case of the same programme, and tells the applicant
 * the tracking number by SMS.
 */
@Service
@Transactional
class CaseService implements AssistanceCases {

    static final String TARGET = "assistance.case";
    static final String ATTACHMENT_OWNER = "assistance-case";
    static final int MAX_NAME = 20;
    static final int MAX_REASON = 500;
    static final int MAX_HOUSEHOLD = 30;
    static final int MAX_KEY = 80;

    /** Text messages go to citizens, who read Chinese whatever language the clerk's console is in. */
    static final Locale SMS_LOCALE = Locale.SIMPLIFIED_CHINESE;

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final CaseRepository repository;
    private final PersonalDataCipher cipher;
    private final BlindIndex blindIndex;
    private final Regions regions;
    private final Attachments attachments;
    private final AuditLog audit;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final CaseDeadlines deadlines;

    CaseService(
            CaseRepository repository,
            PersonalDataCipher cipher,
            BlindIndex blindIndex,
            Regions regions,
            Attachments attachments,
            AuditLog audit,
            Notifications notifications,
            ApplicationEventPublisher events,
            MessageSource messages,
            CaseDeadlines deadlines) {
        this.repository = repository;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.regions = regions;
        this.attachments = attachments;
        this.audit = audit;
        this.notifications = notifications;
        this.events = events;
        this.messages = messages;
        this.deadlines = deadlines;
    }

    @Override
    public CaseNumber submit(NewCase application, String idempotencyKey) {
        check(application, idempotencyKey);
        Optional<CaseNumber> earlier = repository.numberForKey(idempotencyKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String idIndex = blindIndex.of(application.applicantId().value(), PersonalDataContexts.ID_NUMBER);
        if (repository.hasOpenCase(idIndex, application.programme())) {
            throw new CaseRefused("assistance.refused.openCase");
        }
        Optional<CaseRepository.Filed> filed;
        try {
            filed = repository.insert(record(application, idempotencyKey, idIndex));
        } catch (DuplicateKeyException openCaseFiledMeanwhile) {
            throw new CaseRefused("assistance.refused.openCase");
        }
        if (filed.isEmpty()) {
            return repository.numberForKey(idempotencyKey).orElseThrow();
        }
        long id = filed.get().id();
        CaseNumber number = filed.get().number();
        for (AttachmentId attachment : application.attachments()) {
            attachments.attach(attachment, ATTACHMENT_OWNER, number.value());
            repository.addAttachment(id, attachment.value());
        }
        repository.addStep(id, CaseStatus.SUBMITTED, application.enteredBy(), null);
        audit.record(AuditEvent.operation("assistance.case.submit", TARGET, number.value(), application.village())
                .withDetail(application.programme().name() + " "
                        + application.channel().name()));
        events.publishEvent(new AssistanceCaseSubmitted(
                number, application.village(), application.programme(), application.channel()));
        tell(
                application.phone(),
                "assistance.sms.submitted",
                "assistance.case.submitted",
                number,
                programmeName(application.programme().labelKey()),
                number.value());
        return number;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseTracking> track(CaseNumber number, PhoneNumber phone) {
        String phoneIndex = blindIndex.of(phone.value(), PersonalDataContexts.PHONE);
        return repository
                .findByNumber(number)
                .filter(found -> found.phoneIndex().equals(phoneIndex))
                .map(found -> new CaseTracking(
                        found.number(),
                        found.programme(),
                        regions.nameOf(found.village()),
                        found.status(),
                        repository.steps(found.id()).stream()
                                .map(step -> new CaseStep(step.status(), step.at(), step.note()))
                                .toList()));
    }

    /** Sends the applicant a message in the outbox of the caller's transaction; landlines get none. */
    void tell(PhoneNumber phone, String textKey, String purpose, CaseNumber number, Object... args) {
        if (phone.isMobile()) {
            String text = messages.getMessage(textKey, args, SMS_LOCALE);
            notifications.send(new Sms(phone, text, purpose, number.value()));
        }
    }

    PhoneNumber phoneOf(StoredCase found) {
        return new PhoneNumber(cipher.decrypt(found.phoneCipher(), PersonalDataContexts.PHONE));
    }

    String programmeName(String labelKey) {
        return messages.getMessage(labelKey, null, SMS_LOCALE);
    }

    private CaseRepository.NewRecord record(NewCase application, String idempotencyKey, String idIndex) {
        String phone = application.phone().value();
        return new CaseRepository.NewRecord(
                idempotencyKey,
                application.village(),
                application.programme(),
                application.applicantName().strip(),
                cipher.encrypt(application.applicantId().value(), PersonalDataContexts.ID_NUMBER),
                idIndex,
                cipher.encrypt(phone, PersonalDataContexts.PHONE),
                blindIndex.of(phone, PersonalDataContexts.PHONE),
                application.householdSize(),
                application.reason().strip(),
                application.channel(),
                enteredBy(application),
                deadlines.acceptanceDue(LocalDate.now(CHINA)));
    }

    /** Staff entries record the signed-in clerk rather than trusting the caller's name. */
    private static String enteredBy(NewCase application) {
        return CurrentStaff.principal().map(StaffPrincipal::username).orElse(application.enteredBy());
    }

    private void check(NewCase application, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY) {
            throw new CaseRefused("assistance.refused.key");
        }
        if (application.programme() == null
                || application.channel() == null
                || application.applicantId() == null
                || application.phone() == null) {
            throw new CaseRefused("assistance.refused.incomplete");
        }
        if (!isPlain(application.applicantName(), MAX_NAME, false)) {
            throw new CaseRefused("assistance.refused.name");
        }
        if (application.householdSize() < 1 || application.householdSize() > MAX_HOUSEHOLD) {
            throw new CaseRefused("assistance.refused.householdSize");
        }
        if (!isPlain(application.reason(), MAX_REASON, true)) {
            throw new CaseRefused("assistance.refused.reason");
        }
        boolean village = application.village() != null
                && regions.find(application.village())
                        .filter(region -> region.level() == RegionLevel.VILLAGE)
                        .isPresent();
        if (!village) {
            throw new CaseRefused("assistance.refused.village");
        }
        if (application.attachments() == null) {
            throw new CaseRefused("assistance.refused.incomplete");
        }
    }

    private static boolean isPlain(String text, int max, boolean lineBreaks) {
        if (text == null || text.isBlank() || text.strip().length() > max) {
            return false;
        }
        String checked = lineBreaks ? text.replaceAll("[\\r\\n\\t]", " ") : text;
        return new PlainTextValidator().isValid(checked, null);
    }
}
