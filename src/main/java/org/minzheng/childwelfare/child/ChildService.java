package org.minzheng.childwelfare.child;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.registry.HouseholdDetails;
import org.minzheng.registry.Households;
import org.minzheng.registry.PersonSummary;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Admits children into care and keeps their profile: room, the two fund registrations and discharge. A child
 * outside the scope is not found; a rejected form goes to {@code errors} and changes nothing; every change is
 * audited in the same transaction.
 */
@Service
class ChildService {

    static final String TARGET = "childwelfare.child";

    /** Children's welfare ends at 18; an ID number of someone older is a typing error or the wrong person. */
    static final int ADULT_AGE = 18;

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final ChildRepository children;
    private final Households households;
    private final AuditLog audit;

    ChildService(ChildRepository children, Households households, AuditLog audit) {
        this.children = children;
        this.households = households;
        this.audit = audit;
    }

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    Page<ChildSummary> search(ChildSearch search, DataScope scope, Pageable page) {
        return children.search(search, scope, page);
    }

    List<ChildSummary> export(ChildSearch search, DataScope scope, int limit) {
        return children.export(search, scope, limit);
    }

    Optional<ChildDetails> details(long id, DataScope scope) {
        return children.details(id, scope);
    }

    ChildSummary child(long id, DataScope scope) {
        return children.summary(id, scope).orElseThrow(() -> new NotFoundException("child"));
    }

    List<Institution> institutions(DataScope scope) {
        return children.institutions(scope);
    }

    /** Checks the form beyond its annotations and stores the child; nothing is stored when it is rejected. */
    @Transactional
    Optional<Long> admit(ChildForm form, Errors errors, DataScope scope, String staff) {
        Optional<IdNumber> idNumber = Optional.empty();
        if (!errors.hasFieldErrors("idNumber")) {
            if (!IdNumber.isValid(form.idNumber())) {
                errors.rejectValue("idNumber", "childwelfare.child.idNumber.invalid");
            } else {
                idNumber = Optional.of(IdNumber.parse(form.idNumber()));
                if (idNumber.get().ageOn(today()) >= ADULT_AGE) {
                    errors.rejectValue("idNumber", "childwelfare.child.idNumber.adult", new Object[] {ADULT_AGE}, null);
                } else if (children.isRegistered(idNumber.get().value())) {
                    errors.rejectValue("idNumber", "childwelfare.child.idNumber.duplicate");
                }
            }
        }
        checkGrade(form, errors);
        Optional<Institution> institution = Optional.empty();
        if (!errors.hasFieldErrors("institutionId")) {
            institution = institutions(scope).stream()
                    .filter(i -> i.id() == form.institutionId())
                    .findFirst();
            if (institution.isEmpty()) {
                errors.rejectValue("institutionId", "childwelfare.child.institution.required");
            } else if (form.roomId() != null && !institution.get().hasRoom(form.roomId())) {
                errors.rejectValue("roomId", "childwelfare.child.room.invalid");
            }
        }
        if (idNumber.isPresent()
                && form.admittedOn() != null
                && !errors.hasFieldErrors("admittedOn")
                && form.admittedOn().isBefore(idNumber.get().birthDate())) {
            errors.rejectValue("admittedOn", "childwelfare.child.admittedOn.beforeBirth");
        }
        if (errors.hasErrors() || idNumber.isEmpty() || institution.isEmpty()) {
            return Optional.empty();
        }
        Optional<Linked> linked = linked(idNumber.get(), scope);
        NewChild child = new NewChild(
                institution.get(),
                Optional.ofNullable(form.roomId()),
                linked.map(Linked::householdId),
                linked.map(Linked::personId),
                linked.map(Linked::name).orElse(form.name().strip()),
                idNumber.get(),
                form.guardianship(),
                form.disabilityType(),
                form.disabilityType() == DisabilityType.NONE ? null : form.disabilityGrade(),
                form.rehabAssistance(),
                form.medicalInsurance(),
                form.admittedOn(),
                false);
        long id = children.insert(child, staff);
        audit.record(AuditEvent.operation("childwelfare.child.admit", TARGET, String.valueOf(id), child.region())
                .withDetail((linked.isPresent() ? "registry-linked" : "register-free") + ", " + child.guardianship()
                        + ", " + child.disabilityType()));
        return Optional.of(id);
    }

    @Transactional
    void changeRoom(long childId, RoomForm form, Errors errors, DataScope scope) {
        ChildSummary child = child(childId, scope);
        if (!child.inCare()) {
            errors.reject("childwelfare.child.discharged.already");
            return;
        }
        Institution institution = institutions(scope).stream()
                .filter(i -> i.id() == child.institutionId())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("institution"));
        if (form.roomId() != null && !institution.hasRoom(form.roomId())) {
            errors.rejectValue("roomId", "childwelfare.child.room.invalid");
            return;
        }
        children.changeRoom(childId, form.roomId());
        record(child, "childwelfare.child.room", child.roomId() + " -> " + form.roomId());
    }

    @Transactional
    void changeFlags(long childId, FlagsForm form, DataScope scope) {
        ChildSummary child = child(childId, scope);
        children.changeFlags(childId, form);
        record(
                child,
                "childwelfare.child.flags",
                "rehab " + child.rehabAssistanceRegistered() + " -> " + form.rehabAssistance()
                        + ", insurance " + child.medicalInsuranceEnrolled() + " -> "
                        + form.medicalInsurance());
    }

    @Transactional
    void discharge(long childId, DischargeForm form, Errors errors, DataScope scope) {
        ChildSummary child = child(childId, scope);
        if (!child.inCare()) {
            errors.reject("childwelfare.child.discharged.already");
            return;
        }
        if (!errors.hasFieldErrors("dischargedOn") && form.dischargedOn().isBefore(child.admittedOn())) {
            errors.rejectValue(
                    "dischargedOn",
                    "childwelfare.child.dischargedOn.beforeAdmission",
                    new Object[] {child.admittedOn()},
                    null);
        }
        if (errors.hasErrors()) {
            return;
        }
        if (!children.discharge(childId, form.dischargedOn(), form.reason().strip())) {
            errors.reject("childwelfare.child.discharged.already");
            return;
        }
        record(child, "childwelfare.child.discharge", "discharged " + form.dischargedOn());
    }

    private static void checkGrade(ChildForm form, Errors errors) {
        if (errors.hasFieldErrors("disabilityType")
                || errors.hasFieldErrors("disabilityGrade")
                || form.disabilityType() == null) {
            return;
        }
        if (form.disabilityType() == DisabilityType.NONE) {
            return;
        }
        if (form.disabilityGrade() == null) {
            errors.rejectValue("disabilityGrade", "childwelfare.child.grade.required");
        } else if (form.disabilityGrade() < 1 || form.disabilityGrade() > 4) {
            errors.rejectValue("disabilityGrade", "childwelfare.child.grade.range");
        }
    }

    /** The registry's household member with this ID number, when the household lies in the staff member's scope. */
    private Optional<Linked> linked(IdNumber idNumber, DataScope scope) {
        return households
                .findByIdNumber(idNumber, scope)
                .flatMap(summary -> households.find(summary.id(), scope))
                .flatMap(household -> member(household, idNumber)
                        .map(person -> new Linked(household.id().value(), person.id(), person.name())));
    }

    private static Optional<PersonSummary> member(HouseholdDetails household, IdNumber idNumber) {
        return household.members().stream()
                .filter(p -> p.maskedIdNumber().equals(idNumber.maskedForStaff())
                        && p.birthDate().equals(idNumber.birthDate()))
                .findFirst();
    }

    private void record(ChildSummary child, String action, String detail) {
        audit.record(AuditEvent.operation(action, TARGET, String.valueOf(child.id()), child.region())
                .withDetail(detail));
    }

    private record Linked(long householdId, long personId, String name) {}
}
