package org.minzheng.rescue.followup;

import java.time.LocalDate;
import org.minzheng.rescue.matching.PersonDescription;

/**
 * One side of a possible repeat: an earlier released case (caseId set) or a returnee with no case here (returneeId
 * set), described for the matcher. A returnee of an earlier case carries both.
 */
record EarlierPerson(Long caseId, Long returneeId, String label, PersonDescription description) {

    static PersonDescription describe(
            String name,
            String sex,
            LocalDate birthDate,
            Integer estimatedAge,
            Integer heightCm,
            String features,
            String dialect,
            String regionCode,
            String place,
            LocalDate date) {
        Integer birthYear = birthDate != null
                ? Integer.valueOf(birthDate.getYear())
                : PersonDescription.birthYearFromAge(estimatedAge, date);
        int uncertainty = birthDate != null || estimatedAge == null ? 0 : PersonDescription.ESTIMATED_AGE_UNCERTAINTY;
        return new PersonDescription(
                name, sex, birthYear, uncertainty, heightCm, features, dialect, regionCode, place, date);
    }
}
