package org.minzheng.registry;

import java.time.LocalDate;
import java.time.Period;
import org.minzheng.shared.Sex;

/**
 * A household member as staff screens show it: the ID number and phone are masked.
 *
 * @param maskedIdNumber e.g. {@code 371602********1234}
 * @param maskedPhone e.g. {@code 138****5678}, empty when unknown
 */
public record PersonSummary(
        long id,
        String name,
        String maskedIdNumber,
        Sex sex,
        LocalDate birthDate,
        String relationship,
        boolean head,
        WorkAbility workAbility,
        String disabilityCategory,
        String disabilityGrade,
        String maskedPhone) {

    /** Age in full years (周岁) on {@code asOf}; 0 before the birth date. */
    public int ageOn(LocalDate asOf) {
        return asOf.isBefore(birthDate) ? 0 : Period.between(birthDate, asOf).getYears();
    }
}
