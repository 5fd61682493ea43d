package org.minzheng.registry.household;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.minzheng.registry.HouseholdCategory;
import org.minzheng.registry.HouseholdRefusedException;
import org.minzheng.registry.NewHousehold;
import org.minzheng.registry.NewPerson;
import org.minzheng.shared.IdNumber;
import org.minzheng.shared.InvalidIdNumberException;
import org.minzheng.shared.PhoneNumber;
import org.minzheng.shared.RegionCode;
import org.springframework.validation.Errors;

/**
 * Turns a filled-in household form into a registration, marking each field that cannot be used.
 * Remembers which form row each person came from, so that a refusal by the register points at it.
 */
final class HouseholdFormCheck {

    /** 户主 in GB/T 4761. */
    static final String HEAD_RELATIONSHIP = "02";

    private final List<String> rowOfPerson = new ArrayList<>();

    Optional<NewHousehold> check(HouseholdForm form, Errors errors) {
        List<NewPerson> persons = new ArrayList<>();
        person(form.head(), "head", true, errors).ifPresent(p -> add(persons, p, "head"));
        for (int i = 0; i < form.members().size(); i++) {
            PersonFields row = form.members().get(i);
            if (!row.isBlank()) {
                String path = "members[" + i + "]";
                person(row, path, false, errors).ifPresent(p -> add(persons, p, path));
            }
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        var categories = EnumSet.noneOf(HouseholdCategory.class);
        categories.addAll(form.categories());
        return Optional.of(new NewHousehold(
                RegionCode.of(form.villageCode()), form.address(), form.hukouType(), categories, persons, false));
    }

    /** Marks the field a refusal of the register is about, or the form as a whole. */
    void reject(HouseholdRefusedException refused, Errors errors) {
        int index = refused.personIndex();
        if (index >= 0 && index < rowOfPerson.size()) {
            String field =
                    switch (refused.reason()) {
                        case UNKNOWN_RELATIONSHIP -> ".relationship";
                        case UNKNOWN_DISABILITY -> ".disabilityCategory";
                        default -> ".idNumber";
                    };
            errors.rejectValue(rowOfPerson.get(index) + field, refused.messageKey());
        } else if (refused.reason() == HouseholdRefusedException.Reason.NOT_A_VILLAGE) {
            errors.rejectValue("villageCode", refused.messageKey());
        } else {
            errors.reject(refused.messageKey());
        }
    }

    private void add(List<NewPerson> persons, NewPerson person, String path) {
        persons.add(person);
        rowOfPerson.add(path);
    }

    private static Optional<NewPerson> person(PersonFields row, String path, boolean head, Errors errors) {
        int before = errors.getErrorCount();
        if (row.name().isEmpty()) {
            errors.rejectValue(path + ".name", "registry.form.name.required");
        }
        IdNumber idNumber = null;
        try {
            idNumber = IdNumber.parse(row.idNumber());
        } catch (InvalidIdNumberException invalid) {
            errors.rejectValue(path + ".idNumber", invalid.messageKey());
        }
        if (!head && row.relationship().isEmpty()) {
            errors.rejectValue(path + ".relationship", "registry.form.relationship.required");
        }
        if (row.workAbility() == null) {
            errors.rejectValue(path + ".workAbility", "registry.form.workAbility.required");
        }
        if (row.disabilityGrade().isEmpty() != row.disabilityCategory().isEmpty()) {
            errors.rejectValue(path + ".disabilityGrade", "registry.form.disability.both");
        }
        if (errors.getErrorCount() > before || errors.hasFieldErrors(path + ".*")) {
            return Optional.empty();
        }
        return Optional.of(new NewPerson(
                row.name(),
                idNumber,
                head ? HEAD_RELATIONSHIP : row.relationship(),
                row.phone().isEmpty() ? null : PhoneNumber.parse(row.phone()),
                row.disabilityCategory().isEmpty() ? null : row.disabilityCategory(),
                row.disabilityGrade().isEmpty() ? null : row.disabilityGrade(),
                row.workAbility(),
                head));
    }
}
