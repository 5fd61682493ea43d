package org.minzheng.rescue.matching;

import java.time.LocalDate;

/**
 * What is known of one person, on either side of a match: a person found (a case) or a person sought (a report of a
 * missing person, or an earlier case when looking for repeat vagrancy). Any part may be unknown (null); an unknown
 * part neither adds nor excludes.
 *
 * @param sex "M", "F" or "U" (unknown)
 * @param birthYear the year of birth, exact or estimated
 * @param birthYearUncertainty years either side of {@code birthYear} that are still plausible (0 when known)
 * @param regionCode the region where the person was found or last seen, 6 or 12 digits
 * @param place the place in words, e.g. "滨城区黄河五路火车站"
 * @param date the day found (for a person found) or the day last seen (for a person sought)
 */
public record PersonDescription(
        String name,
        String sex,
        Integer birthYear,
        int birthYearUncertainty,
        Integer heightCm,
        String features,
        String dialect,
        String regionCode,
        String place,
        LocalDate date) {

    /** The estimated age of a person found, as staff write it at intake: read as five years either side. */
    public static final int ESTIMATED_AGE_UNCERTAINTY = 5;

    public static Integer birthYearFromAge(Integer age, LocalDate on) {
        return age == null || on == null ? null : on.getYear() - age;
    }
}
