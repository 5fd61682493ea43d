package org.minzheng.assistance.recipient;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.minzheng.assistance.AssistanceEnded;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.notification.Notifications;
import org.minzheng.notification.Sms;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.HouseholdDetails;
import org.minzheng.registry.Households;
import org.minzheng.shared.Money;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.crypto.PersonalDataCipher;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.security.StaffPrincipal;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the county decides about a running benefit (低保办法 art. 31–32, 特困办法 art. 24–26): change
 * the amount, suspend, resume, end it, and record the periodic review. Each is one transaction with
 * a history entry and an audit entry, only on the version the clerk saw; reducing, suspending and
 * ending tell the household why by text message.
 */
@Service
@Transactional
class RecipientChanges {

    static final String TARGET = "assistance.recipient";

    /** Text messages go to citizens, who read Chinese whatever language the clerk's console is in. */
    private static final Locale SMS_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final RecipientRepository repository;
    private final Households households;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;
    private final Notifications notifications;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    RecipientChanges(
            RecipientRepository repository,
            Households households,
            PersonalDataCipher cipher,
            AuditLog audit,
            Notifications notifications,
            MessageSource messages,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.households = households;
        this.cipher = cipher;
        this.audit = audit;
        this.notifications = notifications;
        this.messages = messages;
        this.events = events;
    }

    /** The recipient within the scope, else 404, so that a URL does not tell whether it exists. */
    @Transactional(readOnly = true)
    Recipient inScope(long id, DataScope scope) {
        return repository.find(id, scope).orElseThrow(() -> new NotFoundException("recipient"));
    }

    void changeAmount(
            long id, long version, long amountFen, YearMonth from, String reason, DataScope scope, LocalDate today) {
        changeAmount(current(id, version, scope), amountFen, from, reason, today);
    }

    void suspend(long id, long version, YearMonth from, String reason, DataScope scope, LocalDate today) {
        suspend(current(id, version, scope), from, reason, today);
    }

    /**
     * Suspends every monthly benefit still paid to the household from this month (or from its first month,
     * if later), because a warning asked to stop payment until someone has looked; resuming is the county's
     * decision after the village assistant's visit.
     *
     * @return how many benefits were suspended
     */
    int holdForWarning(long householdId, String reason, LocalDate today) {
        int held = 0;
        for (Recipient recipient : repository.paidToHousehold(householdId)) {
            YearMonth from = YearMonth.from(today);
            if (from.isBefore(recipient.startMonth())) {
                from = recipient.startMonth();
            }
            suspend(recipient, from, reason, today);
            held++;
        }
        return held;
    }

    void resume(long id, long version, YearMonth from, String note, DataScope scope, LocalDate today) {
        Recipient recipient = current(id, version, scope);
        if (recipient.status() != RecipientStatus.SUSPENDED) {
            throw new RecipientRefused("recipient.refused.status");
        }
        if (from.isBefore(recipient.suspendedFrom()) || !EffectiveMonths.allows(recipient, from, today)) {
            throw new RecipientRefused("recipient.refused.month");
        }
        locked(repository.resume(recipient.id(), recipient.version()));
        record(recipient, RecipientEvent.of(RecipientEventType.RESUMED, from, null, null, blankToNull(note)), "resume");
    }

    void exit(long id, long version, ExitReason reason, String note, YearMonth from, DataScope scope, LocalDate today) {
        exit(current(id, version, scope), reason, note, from, today);
    }

    /**
     * Records a periodic review (低保办法 art. 31): what it found, applied as the matching change, and
     * when the next one is due, one cycle after this month; a benefit ended by the review has none.
     */
    void review(long id, long version, ReviewDecision decision, DataScope scope, LocalDate today) {
        Recipient recipient = current(id, version, scope);
        if (recipient.status() == RecipientStatus.ENDED || !recipient.monthly()) {
            throw new RecipientRefused("recipient.refused.status");
        }
        Recipient changed =
                switch (decision.outcome()) {
                    case UNCHANGED -> recipient;
                    case AMOUNT_CHANGED ->
                        changeAmount(recipient, decision.amountFen(), decision.from(), decision.note(), today);
                    case SUSPENDED -> suspend(recipient, decision.from(), decision.note(), today);
                    case EXITED -> exit(recipient, decision.exitReason(), decision.note(), decision.from(), today);
                };
        LocalDate nextDue = null;
        if (decision.outcome() != ReviewOutcome.EXITED) {
            nextDue =
                    YearMonth.from(today).plusMonths(decision.cycle().months()).atDay(1);
            locked(repository.reviewed(changed.id(), changed.version(), decision.cycle(), nextDue));
        }
        record(
                recipient,
                RecipientEvent.of(RecipientEventType.REVIEWED, null, null, null, decision.note())
                        .withReason(decision.outcome().name())
                        .withCycles(recipient.reviewCycle(), decision.cycle()),
                "review");
    }

    private Recipient changeAmount(
            Recipient recipient, long amountFen, YearMonth from, String reason, LocalDate today) {
        if (recipient.status() != RecipientStatus.ACTIVE || !recipient.monthly()) {
            throw new RecipientRefused("recipient.refused.status");
        }
        if (amountFen == recipient.amountFen()) {
            throw new RecipientRefused("recipient.refused.sameAmount");
        }
        requireMonth(recipient, from, today);
        locked(repository.changeAmount(recipient.id(), recipient.version(), amountFen));
        record(
                recipient,
                RecipientEvent.of(RecipientEventType.AMOUNT_CHANGED, from, recipient.amountFen(), amountFen, reason),
                "change");
        if (amountFen < recipient.amountFen()) {
            tell(
                    recipient,
                    "recipient.sms.reduced",
                    "assistance.recipient.reduced",
                    programmeName(recipient),
                    Money.ofFen(amountFen).toYuanString(),
                    monthText(from),
                    reason);
        }
        return next(recipient);
    }

    private Recipient suspend(Recipient recipient, YearMonth from, String reason, LocalDate today) {
        if (recipient.status() != RecipientStatus.ACTIVE || !recipient.monthly()) {
            throw new RecipientRefused("recipient.refused.status");
        }
        requireMonth(recipient, from, today);
        locked(repository.suspend(recipient.id(), recipient.version(), from));
        record(recipient, RecipientEvent.of(RecipientEventType.SUSPENDED, from, null, null, reason), "suspend");
        tell(
                recipient,
                "recipient.sms.suspended",
                "assistance.recipient.suspended",
                programmeName(recipient),
                monthText(from),
                reason);
        return next(recipient);
    }

    /**
     * Ends the benefit from {@code from} on; a 低保 or 特困 household leaves the programme's category, and other
     * departments hear of it through {@link AssistanceEnded}.
     */
    private Recipient exit(Recipient recipient, ExitReason reason, String note, YearMonth from, LocalDate today) {
        if (recipient.status() == RecipientStatus.ENDED || !recipient.monthly()) {
            throw new RecipientRefused("recipient.refused.status");
        }
        requireMonth(recipient, from, today);
        locked(repository.end(recipient.id(), recipient.version(), from.minusMonths(1), reason));
        record(
                recipient,
                RecipientEvent.of(RecipientEventType.EXITED, from, recipient.amountFen(), null, blankToNull(note))
                        .withReason(reason.name()),
                "exit");
        leaveCategory(recipient);
        events.publishEvent(new AssistanceEnded(
                recipient.caseNumber(),
                recipient.village(),
                recipient.programme(),
                recipient.amountFen(),
                from,
                reason.name(),
                today));
        String why = messages.getMessage(reason.labelKey(), null, SMS_LOCALE)
                + (note == null || note.isBlank()
                        ? ""
                        : messages.getMessage("recipient.sms.noteSeparator", null, SMS_LOCALE) + note);
        tell(
                recipient,
                "recipient.sms.exited",
                "assistance.recipient.exited",
                programmeName(recipient),
                monthText(from),
                why);
        return next(recipient);
    }

    private void leaveCategory(Recipient recipient) {
        if (recipient.household() == null
                || repository.othersRunning(recipient.household(), recipient.programme(), recipient.id())) {
            return;
        }
        HouseholdCategory category =
                switch (recipient.programme()) {
                    case DIBAO -> HouseholdCategory.DIBAO;
                    case TEKUN -> HouseholdCategory.TEKUN;
                    case TEMPORARY -> null;
                };
        DataScope county = new DataScope(recipient.village().ancestorAt(RegionLevel.COUNTY));
        HouseholdDetails household =
                households.find(recipient.household(), county).orElse(null);
        if (category == null || household == null || !household.categories().contains(category)) {
            return;
        }
        Set<HouseholdCategory> remaining = EnumSet.noneOf(HouseholdCategory.class);
        remaining.addAll(household.categories());
        remaining.remove(category);
        households.setCategories(
                household.id(),
                household.version(),
                remaining,
                recipient.caseNumber().value());
    }

    private Recipient current(long id, long version, DataScope scope) {
        Recipient recipient = inScope(id, scope);
        if (recipient.version() != version) {
            throw new OptimisticLockingFailureException("recipient changed since the clerk read it");
        }
        return recipient;
    }

    private static void requireMonth(Recipient recipient, YearMonth from, LocalDate today) {
        if (!EffectiveMonths.allows(recipient, from, today)) {
            throw new RecipientRefused("recipient.refused.month");
        }
    }

    private static void locked(boolean updated) {
        if (!updated) {
            throw new OptimisticLockingFailureException("recipient changed meanwhile");
        }
    }

    private static Recipient next(Recipient recipient) {
        return new Recipient(
                recipient.id(),
                recipient.caseNumber(),
                recipient.household(),
                recipient.village(),
                recipient.programme(),
                recipient.kind(),
                recipient.headName(),
                recipient.phoneCipher(),
                recipient.amountFen(),
                recipient.startMonth(),
                recipient.endMonth(),
                recipient.status(),
                recipient.suspendedFrom(),
                recipient.exitReason(),
                recipient.reviewCycle(),
                recipient.nextReviewDue(),
                recipient.approvedOn(),
                recipient.approvedBy(),
                recipient.enrolledAt(),
                recipient.version() + 1,
                recipient.demo());
    }

    private void record(Recipient recipient, RecipientEvent event, String verb) {
        repository.addEvent(recipient.id(), event, actor());
        AuditEvent entry = AuditEvent.operation(
                "assistance.recipient." + verb, TARGET, recipient.caseNumber().value(), recipient.village());
        audit.record(event.note() == null ? entry : entry.withDetail(event.note()));
    }

    /** Sends the household a message in the outbox of this transaction; landlines and unknown phones get none. */
    private void tell(Recipient recipient, String textKey, String purpose, Object... args) {
        if (recipient.phoneCipher() == null) {
            return;
        }
        PhoneNumber phone = new PhoneNumber(cipher.decrypt(recipient.phoneCipher(), PersonalDataContexts.PHONE));
        if (phone.isMobile()) {
            String text = messages.getMessage(textKey, args, SMS_LOCALE);
            notifications.send(
                    new Sms(phone, text, purpose, recipient.caseNumber().value()));
        }
    }

    private String monthText(YearMonth month) {
        return messages.getMessage(
                "recipient.sms.month",
                new Object[] {String.valueOf(month.getYear()), String.valueOf(month.getMonthValue())},
                SMS_LOCALE);
    }

    private String programmeName(Recipient recipient) {
        return messages.getMessage(recipient.programme().labelKey(), null, SMS_LOCALE);
    }

    private static String actor() {
        return CurrentStaff.principal().map(StaffPrincipal::username).orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
