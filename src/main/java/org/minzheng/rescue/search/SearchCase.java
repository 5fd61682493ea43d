package org.minzheng.rescue.search;

import java.time.Instant;
import java.time.LocalDate;
import org.minzheng.rescue.cases.IdentityStatus;
import org.minzheng.rescue.cases.StayLimit;
import org.minzheng.rescue.matching.PersonDescription;
import org.minzheng.shared.RegionCode;

/** What the family search needs of a case: who the person seems to be, where and when found, where kept. */
record SearchCase(
        long id,
        String number,
        long stationId,
        String stationName,
        String regionCode,
        Instant admittedAt,
        Instant foundAt,
        String foundPlace,
        String foundRegionCode,
        String status,
        IdentityStatus identityStatus,
        String name,
        String sex,
        LocalDate birthDate,
        Integer estimatedAge,
        Integer heightCm,
        String features,
        String physicalDescription,
        String dialect,
        String hukouPlace,
        boolean demo) {

    public RegionCode region() {
        return RegionCode.of(regionCode);
    }

    public boolean released() {
        return "RELEASED".equals(status);
    }

    public LocalDate admittedOn() {
        return admittedAt.atZone(StayLimit.BEIJING).toLocalDate();
    }

    /** Age now: from the birth date when known, else the age estimated at intake plus the years since. */
    public Integer age(LocalDate today) {
        if (birthDate != null) {
            return birthDate.until(today).getYears();
        }
        return estimatedAge == null
                ? null
                : estimatedAge + admittedOn().until(today).getYears();
    }

    /** The person found, as the matcher reads a case: an estimated age is taken as five years either side. */
    public PersonDescription description() {
        Integer birthYear = birthDate != null
                ? Integer.valueOf(birthDate.getYear())
                : PersonDescription.birthYearFromAge(estimatedAge, admittedOn());
        int uncertainty = birthDate != null || birthYear == null ? 0 : PersonDescription.ESTIMATED_AGE_UNCERTAINTY;
        String looks = join(features, physicalDescription);
        return new PersonDescription(
                name,
                sex,
                birthYear,
                uncertainty,
                heightCm,
                looks,
                dialect,
                foundRegionCode,
                foundPlace,
                foundAt.atZone(StayLimit.BEIJING).toLocalDate());
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b == null || b.isBlank() ? a : a + "，" + b;
    }
}
