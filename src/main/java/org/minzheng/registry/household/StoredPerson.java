package org.minzheng.registry.household;

import java.time.LocalDate;
import org.minzheng.registry.WorkAbility;
import org.minzheng.shared.Sex;

/** A row of {@code registry.persons} as stored: ID number and phone still encrypted. */
record StoredPerson(
        long id,
        long householdId,
        String name,
        byte[] idNumberCipher,
        Sex sex,
        LocalDate birthDate,
        String relationship,
        boolean head,
        byte[] phoneCipher,
        String disabilityCategory,
        String disabilityGrade,
        WorkAbility workAbility) {}
