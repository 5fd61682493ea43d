package org.minzheng.eldercare.elder;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.eldercare.elder.NewElder.Contact;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.registry.HouseholdDetails;
import org.minzheng.registry.Households;
import org.minzheng.registry.PersonSummary;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Registers elder profiles: checks the form, takes what the registry knows, stores and audits. */
@Service
class ElderService {

    /** 老年人: the elderly-care measures apply from 60 (《老年人权益保障法》 article 2). */
    static final int ELDERLY_AGE = 60;

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ElderRepository elders;
    private final Households households;
    private final Regions regions;
    private final AuditLog audit;

    ElderService(ElderRepository elders, Households households, Regions regions, AuditLog audit) {
        this.elders = elders;
        this.households = households;
        this.regions = regions;
        this.audit = audit;
    }

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    List<RegionSummary> villages(DataScope scope) {
        return regions.within(scope).stream()
                .filter(r -> r.level() == RegionLevel.VILLAGE)
                .toList();
    }

    Page<ElderSummary> search(ElderSearch search, DataScope scope, Pageable page) {
        return elders.search(search, scope, page);
    }

    Optional<ElderDetails> details(long id, DataScope scope) {
        return elders.details(id, scope);
    }

    /**
     * Checks the form beyond its annotations and stores the profile; rejections go to {@code errors} and
     * nothing is stored then.
     */
    @Transactional
    Optional<Long> register(ElderForm form, Errors errors, DataScope scope, String staff) {
        Optional<IdNumber> idNumber = Optional.empty();
        if (!errors.hasFieldErrors("idNumber")) {
            if (!IdNumber.isValid(form.idNumber())) {
                errors.rejectValue("idNumber", "eldercare.elder.idNumber.invalid");
            } else {
                idNumber = Optional.of(IdNumber.parse(form.idNumber()));
                if (idNumber.get().ageOn(today()) < ELDERLY_AGE) {
                    errors.rejectValue(
                            "idNumber", "eldercare.elder.idNumber.tooYoung", new Object[] {ELDERLY_AGE}, null);
                } else if (elders.isRegistered(idNumber.get().value())) {
                    errors.rejectValue("idNumber", "eldercare.elder.idNumber.duplicate");
                }
            }
        }
        Optional<Contact> contact = contact(form, errors);
        if (!Boolean.TRUE.equals(form.consentAssessment())) {
            errors.rejectValue("consentAssessment", "eldercare.elder.consent.required");
        }
        Optional<Linked> linked = idNumber.flatMap(id -> linked(id, scope));
        if (linked.isEmpty() && !errors.hasFieldErrors("villageCode") && !isVillageWithin(form.villageCode(), scope)) {
            errors.rejectValue("villageCode", "eldercare.elder.village.required");
        }
        if (errors.hasErrors() || idNumber.isEmpty()) {
            return Optional.empty();
        }
        List<ConsentPurpose> consents = new ArrayList<>(List.of(ConsentPurpose.ASSESSMENT));
        if (Boolean.TRUE.equals(form.consentSharing())) {
            consents.add(ConsentPurpose.PROVIDER_SHARING);
        }
        NewElder elder = new NewElder(
                linked.map(Linked::village).orElseGet(() -> RegionCode.of(form.villageCode())),
                linked.map(Linked::householdId),
                linked.map(Linked::personId),
                linked.map(Linked::name).orElse(form.name().strip()),
                idNumber.get(),
                blankToNull(form.address()),
                form.livingSituation(),
                linked.map(Linked::economic).orElse(form.economicCategory()),
                contact,
                List.copyOf(consents),
                form.consentedOn());
        long id = elders.insert(elder, staff);
        audit.record(AuditEvent.operation(
                        "eldercare.elder.create", "eldercare.elder", String.valueOf(id), elder.region())
                .withDetail((linked.isPresent() ? "registry-linked" : "register-free") + ", consents " + consents));
        return Optional.of(id);
    }

    private Optional<Contact> contact(ElderForm form, Errors errors) {
        if (!form.hasContact()) {
            return Optional.empty();
        }
        if (ElderForm.blank(form.contactName()) && !errors.hasFieldErrors("contactName")) {
            errors.rejectValue("contactName", "eldercare.elder.contact.incomplete");
        }
        if (ElderForm.blank(form.contactRelation()) && !errors.hasFieldErrors("contactRelation")) {
            errors.rejectValue("contactRelation", "eldercare.elder.contact.incomplete");
        }
        Optional<PhoneNumber> phone = PhoneNumber.tryParse(form.contactPhone());
        if (phone.isEmpty() && !errors.hasFieldErrors("contactPhone")) {
            errors.rejectValue("contactPhone", "eldercare.elder.contact.phone.invalid");
        }
        if (errors.hasFieldErrors("contactName") || errors.hasFieldErrors("contactRelation") || phone.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new Contact(form.contactName().strip(), form.contactRelation().strip(), phone.get()));
    }

    /** The registry's household member with this ID number, when the household lies in the staff member's scope. */
    private Optional<Linked> linked(IdNumber idNumber, DataScope scope) {
        return households
                .findByIdNumber(idNumber, scope)
                .flatMap(summary -> households.find(summary.id(), scope))
                .flatMap(household -> member(household, idNumber)
                        .map(person -> new Linked(
                                household.village(),
                                household.id().value(),
                                person.id(),
                                person.name(),
                                EconomicCategory.of(household.categories()))));
    }

    private static Optional<PersonSummary> member(HouseholdDetails household, IdNumber idNumber) {
        return household.members().stream()
                .filter(p -> p.maskedIdNumber().equals(idNumber.maskedForStaff())
                        && p.birthDate().equals(idNumber.birthDate()))
                .findFirst();
    }

    private boolean isVillageWithin(String code, DataScope scope) {
        return code != null
                && RegionCode.isValid(code)
                && villages(scope).stream().anyMatch(v -> v.code().value().equals(code));
    }

    private static String blankToNull(String text) {
        return ElderForm.blank(text) ? null : text.strip();
    }

    private record Linked(
            RegionCode village, long householdId, long personId, String name, EconomicCategory economic) {}
}
