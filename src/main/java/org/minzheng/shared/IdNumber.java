package org.minzheng.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A resident ID number (公民身份号码) as defined by GB 11643-1999: 6-digit address code, birth
 * date, 3-digit sequence and an ISO 7064 MOD 11-2 check character.
 *
 * <p>The address code is deliberately not checked against the current division list: people keep
 * the code of the county where they were first registered, including codes that no longer exist.
 *
 * <p>{@link #toString()} is masked so that the number cannot leak into logs by accident.
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /**
     * Checks the canonical 18-character form. Whether the birth date lies in the future depends on
     * the clock, so that is judged when input is parsed, not whenever a stored value is loaded.
     */
    public IdNumber {
        InvalidIdNumberException.Reason problem = structuralProblem(value);
        if (problem != null) {
            throw new InvalidIdNumberException(problem);
        }
    }

    /** Parses input as of today in China. */
    public static IdNumber parse(String raw) {
        return parse(raw, LocalDate.now(CHINA));
    }

    /**
     * Normalises typed or imported input (spaces, full-width characters, lower-case {@code x}),
     * upgrades a legacy 15-digit number and validates it, rejecting birth dates after {@code today}.
     *
     * @throws InvalidIdNumberException naming the first problem found
     */
    public static IdNumber parse(String raw, LocalDate today) {
        String candidate = normalise(raw);
        if (candidate.isEmpty()) {
            throw new InvalidIdNumberException(InvalidIdNumberException.Reason.BLANK);
        }
        if (candidate.length() == 15) {
            if (!allDigits(candidate, 15)) {
                throw new InvalidIdNumberException(InvalidIdNumberException.Reason.CHARACTERS);
            }
            String first17 = candidate.substring(0, 6) + "19" + candidate.substring(6);
            candidate = first17 + checkChar(first17);
        }
        InvalidIdNumberException.Reason problem = structuralProblem(candidate);
        if (problem == null && birthDateOf(candidate).isAfter(today)) {
            problem = InvalidIdNumberException.Reason.BIRTH_DATE;
        }
        if (problem != null) {
            throw new InvalidIdNumberException(problem);
        }
        return new IdNumber(candidate);
    }

    public static boolean isValid(String raw) {
        try {
            parse(raw);
            return true;
        } catch (InvalidIdNumberException invalid) {
            return false;
        }
    }

    /**
     * The ISO 7064 MOD 11-2 check character for the first 17 digits.
     *
     * @throws IllegalArgumentException unless given exactly 17 ASCII digits
     */
    public static char checkChar(String first17) {
        if (first17 == null || first17.length() != 17 || !allDigits(first17, 17)) {
            throw new IllegalArgumentException("The check character needs exactly 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** Position 17 of the number: odd for men, even for women. */
    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /**
     * Age in full years (周岁) on {@code asOf}, which should be the date the rule refers to (the
     * application date, the end of a month being paid), never simply today. Someone born on
     * 29 February completes a year on 1 March in common years.
     *
     * @throws IllegalArgumentException if {@code asOf} is before the birth date
     */
    public int ageOn(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        LocalDate birthDate = birthDate();
        if (asOf.isBefore(birthDate)) {
            throw new IllegalArgumentException("The reference date lies before the birth date");
        }
        return Period.between(birthDate, asOf).getYears();
    }

    /** The GB/T 2260 county code where the number was issued; possibly a code that no longer exists. */
    public String areaCode() {
        return value.substring(0, 6);
    }

    /** First 6 and last 4 characters, e.g. {@code 371602********1234}; for staff screens. */
    public String maskedForStaff() {
        return Masking.idNumberForStaff(value);
    }

    /** First 4 and last 4 characters, e.g. {@code 3716**********1234}; only where a public key is unavoidable. */
    public String maskedForPublic() {
        return Masking.idNumberForPublic(value);
    }

    @Override
    public String toString() {
        return maskedForStaff();
    }

    private static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder normalised = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            normalised.append(c == 'x' ? 'X' : c);
        }
        return normalised.toString();
    }

    private static InvalidIdNumberException.Reason structuralProblem(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return InvalidIdNumberException.Reason.BLANK;
        }
        if (candidate.length() != 18) {
            return InvalidIdNumberException.Reason.LENGTH;
        }
        char last = candidate.charAt(17);
        if (!allDigits(candidate, 17) || !(isAsciiDigit(last) || last == 'X')) {
            return InvalidIdNumberException.Reason.CHARACTERS;
        }
        LocalDate birthDate;
        try {
            birthDate = birthDateOf(candidate);
        } catch (DateTimeException notADate) {
            return InvalidIdNumberException.Reason.BIRTH_DATE;
        }
        if (birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
            return InvalidIdNumberException.Reason.BIRTH_DATE;
        }
        if (checkChar(candidate.substring(0, 17)) != last) {
            return InvalidIdNumberException.Reason.CHECK_DIGIT;
        }
        return null;
    }

    private static LocalDate birthDateOf(String number) {
        int year = Integer.parseInt(number.substring(6, 10));
        int month = Integer.parseInt(number.substring(10, 12));
        int day = Integer.parseInt(number.substring(12, 14));
        return LocalDate.of(year, month, day);
    }

    private static boolean allDigits(String text, int count) {
        if (text.length() < count) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (!isAsciiDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
