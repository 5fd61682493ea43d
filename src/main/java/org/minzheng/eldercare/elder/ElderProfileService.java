package org.minzheng.eldercare.elder;

import java.util.Optional;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.eldercare.elder.ElderDetails.ConsentView;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Keeps a profile up to date after it was created: contacts, living situation, economic category and consents.
 * An elder outside the scope is not found; a rejected form goes to {@code errors} and changes nothing. Every
 * change is audited in the same transaction.
 */
@Service
class ElderProfileService {

    private static final String TARGET = "eldercare.elder";

    private final ElderRepository elders;
    private final AuditLog audit;

    ElderProfileService(ElderRepository elders, AuditLog audit) {
        this.elders = elders;
        this.audit = audit;
    }

    @Transactional
    void addContact(long elderId, ContactForm form, Errors errors, DataScope scope) {
        ElderSummary elder = elder(elderId, scope);
        Optional<PhoneNumber> phone = Optional.empty();
        if (!errors.hasFieldErrors("phone")) {
            phone = PhoneNumber.tryParse(form.phone());
            if (phone.isEmpty()) {
                errors.rejectValue("phone", "eldercare.elder.contactPhone.invalid");
            } else if (elders.contactPhones(elderId).contains(phone.get())) {
                errors.rejectValue("phone", "eldercare.elder.contactPhone.duplicate");
            }
        }
        if (errors.hasErrors() || phone.isEmpty()) {
            return;
        }
        long contact = elders.addContact(
                elderId,
                new NewElder.Contact(form.name().strip(), form.relation().strip(), phone.get()));
        record(
                elder,
                "eldercare.elder.contact-add",
                "contact " + contact + ", " + form.relation().strip());
    }

    @Transactional
    void removeContact(long elderId, long contactId, DataScope scope) {
        ElderSummary elder = elder(elderId, scope);
        if (!elders.removeContact(elderId, contactId)) {
            throw new NotFoundException("elder contact");
        }
        record(elder, "eldercare.elder.contact-remove", "contact " + contactId);
    }

    @Transactional
    void changeLivingSituation(long elderId, LivingForm form, DataScope scope) {
        ElderSummary elder = elder(elderId, scope);
        elders.changeLivingSituation(elderId, form.livingSituation());
        record(elder, "eldercare.elder.living", elder.livingSituation() + " -> " + form.livingSituation());
    }

    /** Refused for a registry-linked profile: there the household's categories decide, not the staff member. */
    @Transactional
    void changeEconomicCategory(long elderId, EconomicForm form, Errors errors, DataScope scope) {
        ElderSummary elder = elder(elderId, scope);
        if (elder.linked()) {
            errors.rejectValue("economicCategory", "eldercare.elder.economic.linked");
            return;
        }
        if (!elders.changeEconomicCategory(elderId, form.economicCategory())) {
            errors.rejectValue("economicCategory", "eldercare.elder.economic.linked");
            return;
        }
        record(elder, "eldercare.elder.economic", elder.economicCategory() + " -> " + form.economicCategory());
    }

    @Transactional
    void recordConsent(long elderId, ConsentForm form, Errors errors, DataScope scope, String staff) {
        ElderSummary elder = elder(elderId, scope);
        if (!errors.hasFieldErrors("consentedOn") && form.consentedOn().isAfter(ElderService.today())) {
            errors.rejectValue("consentedOn", "eldercare.elder.consentDate.future");
        }
        if (!errors.hasFieldErrors("purpose") && elders.hasActiveConsent(elderId, form.purpose())) {
            errors.rejectValue("purpose", "eldercare.elder.consent.duplicate");
        }
        if (errors.hasErrors()) {
            return;
        }
        long consent = elders.addConsent(elderId, form.purpose(), form.consentedOn(), staff);
        record(elder, "eldercare.elder.consent", "consent " + consent + ", " + form.purpose());
    }

    @Transactional
    void withdrawConsent(
            long elderId, long consentId, WithdrawalForm form, Errors errors, DataScope scope, String staff) {
        ElderSummary elder = elder(elderId, scope);
        ConsentView consent =
                elders.consent(elderId, consentId).orElseThrow(() -> new NotFoundException("elder consent"));
        if (consent.withdrawn()) {
            errors.reject("eldercare.elder.withdrawal.already");
            return;
        }
        if (errors.hasFieldErrors("withdrawnOn")) {
            return;
        }
        if (form.withdrawnOn().isAfter(ElderService.today())) {
            errors.rejectValue("withdrawnOn", "eldercare.elder.withdrawal.future");
        } else if (form.withdrawnOn().isBefore(consent.consentedOn())) {
            errors.rejectValue(
                    "withdrawnOn",
                    "eldercare.elder.withdrawal.beforeConsent",
                    new Object[] {consent.consentedOn()},
                    null);
        }
        if (errors.hasErrors()) {
            return;
        }
        if (!elders.withdrawConsent(consentId, form.withdrawnOn(), staff)) {
            errors.reject("eldercare.elder.withdrawal.already");
            return;
        }
        record(elder, "eldercare.elder.consent-withdraw", "consent " + consentId + ", " + consent.purpose());
    }

    private ElderSummary elder(long id, DataScope scope) {
        return elders.summary(id, scope).orElseThrow(() -> new NotFoundException("elder"));
    }

    private void record(ElderSummary elder, String action, String detail) {
        audit.record(AuditEvent.operation(action, TARGET, String.valueOf(elder.id()), elder.region())
                .withDetail(detail));
    }
}
