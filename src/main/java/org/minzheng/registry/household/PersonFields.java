package org.minzheng.registry.household;

import jakarta.validation.constraints.Size;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.validation.PlainText;
import org.minzheng.shared.validation.ValidPhone;

/**
 * One person's row of the household form. Member rows may stay empty, so "required" is checked by
 * {@link HouseholdFormCheck} rather than by annotations here.
 */
record PersonFields(
        @Size(max = 50) @PlainText(allowLineBreaks = false) String name,
        @Size(max = 30) String idNumber,
        String relationship,
        @ValidPhone String phone,
        String disabilityCategory,
        String disabilityGrade,
        WorkAbility workAbility) {

    PersonFields {
        name = strip(name);
        idNumber = strip(idNumber);
        relationship = strip(relationship);
        phone = strip(phone);
        disabilityCategory = strip(disabilityCategory);
        disabilityGrade = strip(disabilityGrade);
    }

    static PersonFields empty() {
        return new PersonFields("", "", "", "", "", "", WorkAbility.FULL);
    }

    boolean isBlank() {
        return name.isEmpty() && idNumber.isEmpty() && phone.isEmpty();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
